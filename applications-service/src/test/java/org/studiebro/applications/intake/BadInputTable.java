package org.studiebro.applications.intake;

import static org.studiebro.applications.intake.BadInput.CORRELATION_ID;
import static org.studiebro.applications.intake.BadInput.IDEMPOTENCY_KEY;
import static org.studiebro.applications.intake.BadInput.body;
import static org.studiebro.applications.intake.BadInput.bytes;
import static org.studiebro.applications.intake.BadInput.form;
import static org.studiebro.applications.intake.BadInput.request;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * The bad-input table of issue 4 for intake: malformed requests and the answer each must get. All are refused
 * with nothing published, except the one row that documents a rule: a well-formed but unknown course event is
 * routing's business (UNKNOWN_COURSE), not a malformed request. Identity numbers: 811218-9876 and 701063-2391
 * are valid Swedish numbers, 15038512363 a valid fødselsnummer; every other one here breaks exactly one rule.
 */
final class BadInputTable {

    private static final String ANNA = "\"Anna\"";
    private static final String ID = "\"811218-9876\"";
    private static final String HOME = "\"se-1481\"";
    private static final String NORWEGIAN_HOME = "\"no-4601\"";
    private static final String CHOICES = "[\"gbg-vard-2027v-01\", \"molndal-matte-2027v-01\"]";
    private static final String GROUP = "\"priorityGroup\": 2";

    private BadInputTable() {
    }

    static Stream<BadInput> rows() {
        return Stream.of(
                // Wrong JSON types
                form("given name is a number", ANNA, "42").is(400, "applicant.givenName").saying("must be a string"),
                form("family name is an object", "\"Svensson\"", "{\"name\": \"Svensson\"}").is(400, "applicant.familyName"),
                form("national id is a JSON number", ID, "8112189876").is(400, "applicant.nationalId").saying("must be a string"),
                form("priority group is a string", GROUP, "\"priorityGroup\": \"2\"").is(400, "priorityGroup").saying("whole number"),
                form("priority group is a fraction", GROUP, "\"priorityGroup\": 2.5").is(400, "priorityGroup"),
                form("priority group is a boolean", GROUP, "\"priorityGroup\": true").is(400, "priorityGroup"),
                form("priority group beyond a 32-bit int", GROUP, "\"priorityGroup\": 2147483648").is(400, "priorityGroup"),
                form("choices is an object", CHOICES, "{\"1\": \"gbg-vard-2027v-01\"}").is(400, "choices").saying("must be an array"),
                form("choices is a string", CHOICES, "\"gbg-vard-2027v-01\"").is(400, "choices"),
                form("a choice is a number", "\"molndal-matte-2027v-01\"", "17").is(400, "choices[1]"),
                form("a choice is an object", "\"gbg-vard-2027v-01\"", "{\"id\": \"gbg-vard-2027v-01\"}").is(400, "choices[0]"),
                form("applicant is an array", "{\"nationalId\"", "[{\"nationalId\"", "\"se-1481\"}", "\"se-1481\"}]")
                        .is(400, "applicant").saying("must be an object"),
                body("applicant is a string", "{\"applicant\": \"Anna\", \"choices\": [\"a\"]}").is(400, "applicant"),
                // The source is the form's client id, from its token: the body may not name one.
                form("source given", GROUP, GROUP + ", \"source\": \"gr-antagning-web\"").is(400, "source")
                        .saying("is not a known property"),
                // Missing fields
                body("empty object", "{}").is(400, "applicant", "choices").saying("is required"),
                body("applicant is null", "{\"applicant\": null, \"choices\": [\"a\"]}").is(400, "applicant"),
                body("applicant missing", "{\"choices\": [\"gbg-vard-2027v-01\"]}").is(400, "applicant"),
                form("choices missing", ",\n \"choices\": " + CHOICES, "").is(400, "choices").saying("is required"),
                form("national id missing", "\"nationalId\": " + ID + ", ", "").is(400, "applicant.nationalId").saying("is required"),
                form("given name missing", "\"givenName\": " + ANNA + ", ", "").is(400, "applicant.givenName"),
                form("family name missing", "\"familyName\": \"Svensson\",", "").is(400, "applicant.familyName"),
                form("e-mail missing", "\"email\": \"anna@example.se\", ", "").is(400, "applicant.email"),
                form("language missing", "\"language\": \"sv\",", "").is(400, "applicant.language"),
                form("home municipality missing", "\"sv\",", "\"sv\"", "\"homeMunicipality\": " + HOME, "")
                        .is(400, "applicant.homeMunicipality"),
                body("empty applicant object", "{\"applicant\": {}, \"choices\": [\"a\"]}").is(400,
                        "applicant.nationalId", "applicant.givenName", "applicant.familyName", "applicant.email",
                        "applicant.language", "applicant.homeMunicipality"),
                // Extra fields
                form("extra top-level field", GROUP, GROUP + ", \"extra\": 1").is(400, "extra").saying("not a known property"),
                form("caller chooses the application id", GROUP, GROUP + ", \"applicationId\": \"x\"").is(400, "applicationId"),
                form("caller sets a status", GROUP, GROUP + ", \"status\": \"ADMITTED\"").is(400, "status"),
                form("extra applicant field", "\"language\"", "\"middleName\": \"Maria\", \"language\"").is(400, "applicant.middleName"),
                form("extra nested object", "\"language\"", "\"address\": {\"city\": \"Mölndal\"}, \"language\"").is(400, "applicant.address"),
                // Check digits
                form("personnummer check digit", ID, "\"811218-9875\"").is(400, "applicant.nationalId").saying("check digit"),
                form("12-digit personnummer check digit", ID, "\"198112189875\"").is(400, "applicant.nationalId").saying("check digit"),
                form("samordningsnummer check digit", ID, "\"701063-2392\"").is(400, "applicant.nationalId").saying("check digit"),
                norwegian("fødselsnummer check digits", "15038512364").saying("check digits"),
                norwegian("D-nummer check digits", "55038510185").saying("check digits"),
                norwegian("H-nummer check digits", "15438510093").saying("check digits"),
                form("Swedish number, Norwegian home municipality", HOME, NORWEGIAN_HOME)
                        .is(400, "applicant.nationalId").saying("Norwegian fødselsnummer"),
                form("Norwegian number, Swedish home municipality", ID, "\"15038512363\"")
                        .is(400, "applicant.nationalId").saying("Swedish personnummer"),
                form("letters in a personnummer", ID, "\"81121A-9876\"").is(400, "applicant.nationalId").saying("Swedish personnummer"),
                form("national id over 20 characters", ID, "\"811218-9876-811218-98\"").is(400, "applicant.nationalId").saying("too long"),
                // Impossible dates (check digits right)
                form("personnummer month 13", ID, "\"811318-9875\"").is(400, "applicant.nationalId").saying("valid date of birth"),
                form("personnummer month 00", ID, "\"810018-9870\"").is(400, "applicant.nationalId").saying("valid date of birth"),
                form("personnummer day 32", ID, "\"811232-9878\"").is(400, "applicant.nationalId").saying("valid date of birth"),
                form("personnummer 29 February 1981", ID, "\"810229-9875\"").is(400, "applicant.nationalId").saying("valid date of birth"),
                form("personnummer born 2099", ID, "\"20991231-9879\"").is(400, "applicant.nationalId").saying("in the future"),
                form("samordningsnummer day 93", ID, "\"701093-2395\"").is(400, "applicant.nationalId").saying("valid date of birth"),
                norwegian("fødselsnummer month 13", "15138510058").saying("valid date of birth"),
                norwegian("fødselsnummer day 32", "32038510044").saying("valid date of birth"),
                norwegian("fødselsnummer 29 February 1981", "29028110063").saying("valid date of birth"),
                norwegian("D-nummer day 72", "72038510038").saying("valid date of birth"),
                norwegian("D-nummer and H-nummer at once", "55438510086").saying("valid date of birth"),
                // Home municipality
                form("unknown municipality se-9999", HOME, "\"se-9999\"").is(400, "applicant.homeMunicipality").saying("Studiebro knows"),
                form("unknown municipality no-9999", HOME, "\"no-9999\"", ID, "\"15038512363\"").is(400, "applicant.homeMunicipality"),
                form("municipality code without country", HOME, "\"1480\"").is(400, "applicant.homeMunicipality").saying("municipality id"),
                form("municipality code of five digits", HOME, "\"se-14800\"").is(400, "applicant.homeMunicipality"),
                form("municipality country in capitals", HOME, "\"SE-1480\"").is(400, "applicant.homeMunicipality"),
                // Course events
                form("course event id in capitals", "\"gbg-vard-2027v-01\"", "\"GBG-VARD-2027V-01\"").is(400, "choices[0]").saying("course event id"),
                form("course event id with spaces", "\"gbg-vard-2027v-01\"", "\"gbg vard 2027v 01\"").is(400, "choices[0]"),
                form("course event id of 81 characters", "\"molndal-matte-2027v-01\"", "\"" + "m".repeat(81) + "\"").is(400, "choices[1]"),
                form("course event id empty", "\"gbg-vard-2027v-01\"", "\"\"").is(400, "choices[0]"),
                form("course event id null", "\"molndal-matte-2027v-01\"", "null").is(400, "choices[1]").saying("is required"),
                form("unknown but well-formed course event: routing's UNKNOWN_COURSE", "\"gbg-vard-2027v-01\"", "\"no-such-course-2027v-99\"")
                        .is(202),
                // Choices and priority group
                form("six choices", CHOICES, "[\"a-1\", \"a-2\", \"a-3\", \"a-4\", \"a-5\", \"a-6\"]").is(400, "choices").saying("1 to 5"),
                form("zero choices", CHOICES, "[]").is(400, "choices").saying("1 to 5"),
                form("the same choice twice", "\"molndal-matte-2027v-01\"", "\"gbg-vard-2027v-01\"").is(400, "choices[1]").saying("repeats choices[0]"),
                form("priority group 0", GROUP, "\"priorityGroup\": 0").is(400, "priorityGroup").saying("1 to 5"),
                form("priority group 6", GROUP, "\"priorityGroup\": 6").is(400, "priorityGroup").saying("1 to 5"),
                form("priority group -1", GROUP, "\"priorityGroup\": -1").is(400, "priorityGroup"),
                // Language and contact
                form("language de", "\"sv\"", "\"de\"").is(400, "applicant.language").saying("sv, nb, nn, en"),
                form("language in capitals", "\"sv\"", "\"SV\"").is(400, "applicant.language"),
                form("e-mail without @", "anna@example.se", "anna.example.se").is(400, "applicant.email"),
                form("e-mail with two @", "anna@example.se", "anna@example@example.se").is(400, "applicant.email"),
                form("e-mail of 255 characters", "anna@example.se", "a".repeat(244) + "@example.se").is(400, "applicant.email"),
                form("e-mail empty", "\"anna@example.se\"", "\"\"").is(400, "applicant.email"),
                form("phone with letters", "+46701234567", "+46 70 CALL ME").is(400, "applicant.phone").saying("phone number"),
                form("phone of 30 digits", "+46701234567", "4".repeat(30)).is(400, "applicant.phone"),
                // Names: control characters, markup, absurd lengths
                form("<script> in given name", ANNA, "\"<script>alert(1)</script>\"").is(400, "applicant.givenName").saying("< >"),
                form("<img onerror> in family name", "\"Svensson\"", "\"<img src=x onerror=alert(1)>\"").is(400, "applicant.familyName"),
                form("NUL in given name", ANNA, "\"An\\u0000na\"").is(400, "applicant.givenName").saying("control characters"),
                form("BEL in given name", ANNA, "\"An\\u0007na\"").is(400, "applicant.givenName"),
                form("line break in family name", "\"Svensson\"", "\"Svens\\nson\"").is(400, "applicant.familyName"),
                form("right-to-left override in given name", ANNA, "\"\\u202Eanna\"").is(400, "applicant.givenName"),
                form("given name only a zero-width space", ANNA, "\"\\u200B\"").is(400, "applicant.givenName"),
                form("unpaired surrogate in given name", ANNA, "\"An\\uD800na\"").is(400, "applicant.givenName").saying("Unicode text"),
                form("unpaired surrogate in e-mail", "anna@example.se", "an\\uDC00na@example.se").is(400, "applicant.email").saying("Unicode text"),
                form("unescaped control character in a string", ANNA, "\"An\u0001na\"").is(400, "body").saying("well-formed JSON"),
                form("given name blank", ANNA, "\"   \"").is(400, "applicant.givenName").saying("is required"),
                form("given name of 10,000 characters", ANNA, "\"" + "A".repeat(10_000) + "\"").is(400, "applicant.givenName").saying("at most 100"),
                form("family name of 101 characters", "\"Svensson\"", "\"" + "S".repeat(101) + "\"").is(400, "applicant.familyName"),
                // Body size
                bytes("one byte over 16 KB", padded(16 * 1024 + 1)).is(413),
                bytes("1 MB body", padded(1024 * 1024)).is(413),
                bytes("20 KB body, chunked", padded(20 * 1024)).chunked().is(413),
                // Content type
                form("text/plain").contentType("text/plain").is(415),
                body("application/xml", "<application><source>web</source></application>").contentType("application/xml").is(415),
                body("form-urlencoded", "applicant=Anna&source=web").contentType("application/x-www-form-urlencoded").is(415),
                body("multipart/form-data", "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n")
                        .contentType("multipart/form-data; boundary=b").is(415),
                form("no Content-Type").contentType(null).is(415),
                form("malformed Content-Type").contentType("json").is(415),
                bytes("Latin-1 body declared as Latin-1", latin1Form()).contentType("application/json; charset=ISO-8859-1")
                        .is(400, "body").saying("not valid UTF-8"),
                // Broken UTF-8 and JSON
                bytes("0xFF in a name", nameWith(0xFF)).is(400, "body").saying("not valid UTF-8"),
                bytes("overlong encoding of '<'", nameWith(0xC0, 0xBC)).is(400, "body").saying("not valid UTF-8"),
                bytes("UTF-8 encoded surrogate", nameWith(0xED, 0xA0, 0x80)).is(400, "body").saying("not valid UTF-8"),
                bytes("multi-byte sequence cut short", nameWith(0xC3)).is(400, "body").saying("not valid UTF-8"),
                bytes("UTF-16 body", utf16Form()).is(400, "body").saying("not valid UTF-8"),
                body("truncated JSON", FormFixtures.VALID.substring(0, 120)).is(400, "body").saying("well-formed JSON"),
                body("JSON array", "[" + FormFixtures.VALID + "]").is(400, "body").saying("JSON object"),
                body("empty body", "").is(400, "body").saying("JSON object"),
                body("null", "null").is(400, "body").saying("JSON object"),
                body("a JSON string", "\"application\"").is(400, "body").saying("JSON object"),
                body("trailing content", FormFixtures.VALID + "{}").is(400, "body"),
                form("duplicate property", GROUP, GROUP + ", \"priorityGroup\": 3").is(400, "body").saying("repeats a property"),
                form("single-quoted JSON", ANNA, "'Anna'").is(400, "body"),
                form("comment in JSON", GROUP, GROUP + " /* note */").is(400, "body"),
                body("nesting 5,000 deep", "{\"applicant\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}").is(400, "body"),
                form("priority group of 2,000 digits", GROUP, "\"priorityGroup\": " + "9".repeat(2000)).is(400, "body"),
                body("byte order mark", "\uFEFF" + FormFixtures.VALID).is(400, "body"),
                // Headers
                form("Idempotency-Key missing").without(IDEMPOTENCY_KEY).is(400, IDEMPOTENCY_KEY).saying("is required"),
                form("Idempotency-Key empty").header(IDEMPOTENCY_KEY, "").is(400, IDEMPOTENCY_KEY),
                form("Idempotency-Key of 200 characters").header(IDEMPOTENCY_KEY, "k".repeat(164) + "{token}").is(400, IDEMPOTENCY_KEY),
                form("Idempotency-Key not ASCII").header(IDEMPOTENCY_KEY, "nyckel-åäö-{token}").is(400, IDEMPOTENCY_KEY),
                form("Idempotency-Key sent twice").header(IDEMPOTENCY_KEY, "a-{token}", "b-{token}").is(400, IDEMPOTENCY_KEY).saying("once"),
                form("X-Correlation-Id with spaces").header(CORRELATION_ID, "bad id {token}").is(400, CORRELATION_ID),
                form("X-Correlation-Id of 129 characters").header(CORRELATION_ID, "c".repeat(93) + "{token}").is(400, CORRELATION_ID),
                form("X-Correlation-Id not ASCII").header(CORRELATION_ID, "spårning-{token}").is(400, CORRELATION_ID),
                form("X-Correlation-Id with markup").header(CORRELATION_ID, "<script>{token}").is(400, CORRELATION_ID),
                // Methods and Accept
                request("GET on the collection", "GET").is(405),
                form("PUT on the collection").method("PUT").is(405),
                request("DELETE on the collection", "DELETE").is(405),
                form("PATCH on the collection").method("PATCH").is(405),
                form("problem+json accepted", "\"sv\"", "\"de\"").header("Accept", "application/problem+json")
                        .is(400, "applicant.language"),
                form("only XML accepted", "\"sv\"", "\"de\"").header("Accept", "application/xml").is(400, "applicant.language"));
    }

    private static BadInput norwegian(String name, String number) {
        return form(name, ID, "\"" + number + "\"", HOME, NORWEGIAN_HOME).is(400, "applicant.nationalId");
    }

    /** The valid form with these bytes inside "Anna", after "An". */
    private static byte[] nameWith(int... inserted) {
        String valid = FormFixtures.VALID;
        int at = valid.indexOf("Anna") + 2;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(valid.substring(0, at).getBytes(StandardCharsets.UTF_8));
        for (int b : inserted) {
            body.write(b);
        }
        body.writeBytes(valid.substring(at).getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The valid form, well-formed JSON, padded with spaces to {@code size} bytes. */
    private static byte[] padded(int size) {
        byte[] valid = FormFixtures.VALID.getBytes(StandardCharsets.UTF_8);
        return (FormFixtures.VALID + " ".repeat(size - valid.length)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1Form() {
        return FormFixtures.VALID.replace("Svensson", "Sjöberg").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf16Form() {
        return FormFixtures.VALID.getBytes(StandardCharsets.UTF_16);
    }
}
