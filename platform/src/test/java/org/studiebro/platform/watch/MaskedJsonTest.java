package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class MaskedJsonTest {

    @Test
    void masksTheApplicantsNationalIdAndShowsTheRestAsWritten() {
        GenericRecord submitted = SampleEvents.generic(SampleEvents.submitted("app-1"));

        String json = MaskedJson.write(submitted);

        assertThat(json).doesNotContain(SampleEvents.NATIONAL_ID).doesNotContain("9876")
                .contains("\"applicant\":{\"nationalId\":\"19811218-****\",\"identityType\":\"SE_PERSONNUMMER\","
                        + "\"givenName\":\"Anna\"")
                .contains("\"occurredAt\":\"2026-11-20T08:15:30.123Z\"")
                .contains("\"choices\":[{\"rank\":1,\"courseEventId\":\"gbg-vard-2027v-01\"}]")
                .contains("\"priorityGroup\":2")
                .doesNotContain("\n");
    }

    @Test
    void masksInsideAUnionBranchAndShowsDatesAsDates() {
        JsonNode seat = MaskedJson.node(SampleEvents.generic(SampleEvents.seatRequested("app-1", "goteborg-vux")));
        JsonNode cost = MaskedJson.node(SampleEvents.generic(SampleEvents.costRequested("app-1")));

        assertThat(seat.at("/change/applicant/nationalId").asText()).isEqualTo(SampleEvents.MASKED);
        assertThat(seat.at("/change/courseCode").asText()).isEqualTo("VÅRVÅRD0");
        assertThat(seat.at("/change/submittedAt").asText()).isEqualTo("2026-11-20T08:15:30.123Z");
        assertThat(cost.at("/change/applicant/nationalId").asText()).isEqualTo(SampleEvents.MASKED);
        assertThat(cost.at("/change/startDate").asText()).isEqualTo("2027-01-18");
    }

    @Test
    void masksANationalIdAtAnyDepthInArraysMapsAndOptionalFields() {
        Schema person = SchemaBuilder.record("Person").fields()
                .optionalString("nationalId")
                .requiredString("name")
                .endRecord();
        Schema household = SchemaBuilder.record("Household").fields()
                .name("members").type().map().values(person).noDefault()
                .endRecord();
        Schema register = SchemaBuilder.record("Register").fields()
                .requiredString("nationalId")
                .name("households").type().array().items(household).noDefault()
                .name("notes").type().map().values().stringType().noDefault()
                .endRecord();
        GenericRecord anna = new GenericData.Record(person);
        anna.put("nationalId", "811218-9876");
        anna.put("name", "Anna");
        GenericRecord ola = new GenericData.Record(person);
        ola.put("nationalId", null);
        ola.put("name", "Ola");
        GenericRecord home = new GenericData.Record(household);
        home.put("members", Map.of("anna", anna, "ola", ola));
        GenericRecord record = new GenericData.Record(register);
        record.put("nationalId", "01019012345");
        record.put("households", List.of(home));
        record.put("notes", Map.of("nationalId", "19701063-2391"));

        JsonNode json = MaskedJson.node(record);

        assertThat(json.at("/nationalId").asText()).isEqualTo("010190-****");
        assertThat(json.at("/households/0/members/anna/nationalId").asText()).isEqualTo("811218-****");
        assertThat(json.at("/households/0/members/anna/name").asText()).isEqualTo("Anna");
        assertThat(json.at("/households/0/members/ola/nationalId").isNull()).isTrue();
        assertThat(json.at("/notes/nationalId").asText()).isEqualTo("19701063-****");
        assertThat(json.toString()).doesNotContain("9876", "12345", "2391");
    }
}
