package org.studiebro.platform.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One made-up learner's application, as the upstream form would post it (its source is the form's client id). */
record SampleApplication(String idempotencyKey, String nationalId, String givenName, String familyName, String email,
                         String phone, String language, String homeMunicipality, List<String> choices,
                         Integer priorityGroup) {

    /** The request body of {@code POST /api/v1/applications}. */
    Map<String, Object> body() {
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("nationalId", nationalId);
        applicant.put("givenName", givenName);
        applicant.put("familyName", familyName);
        applicant.put("email", email);
        applicant.put("phone", phone);
        applicant.put("language", language);
        applicant.put("homeMunicipality", homeMunicipality);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicant", applicant);
        body.put("choices", choices);
        if (priorityGroup != null) {
            body.put("priorityGroup", priorityGroup);
        }
        return body;
    }
}
