package org.studiebro.platform.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void namesTheSchema() {
        assertThat(EventType.of(SampleEvents.generic(SampleEvents.submitted("app-1"))))
                .isEqualTo("ApplicationSubmitted");
    }

    @Test
    void namesTheBranchOfASeatOrCostRequestsChange() {
        assertThat(EventType.of(SampleEvents.generic(SampleEvents.seatRequested("app-1", "goteborg-vux"))))
                .isEqualTo("SeatRequestEvent/SeatRequested");
        assertThat(EventType.of(SampleEvents.generic(SampleEvents.costRequested("app-1"))))
                .isEqualTo("CostRequestEvent/CostDecisionRequested");
        assertThat(EventType.of(SampleEvents.generic(SampleEvents.costReminded("app-1"))))
                .isEqualTo("CostRequestEvent/CostRequestReminded");
    }

    @Test
    void aChangeThatIsNoUnionIsPartOfTheEvent() {
        Schema change = SchemaBuilder.record("StatusChange").fields().requiredString("reasonCode").endRecord();
        Schema status = SchemaBuilder.record("ApplicationStatusChanged").fields()
                .name("change").type(change).noDefault().endRecord();
        GenericRecord reason = new GenericData.Record(change);
        reason.put("reasonCode", "ROUTED");
        GenericRecord event = new GenericData.Record(status);
        event.put("change", reason);

        assertThat(EventType.of(event)).isEqualTo("ApplicationStatusChanged");
    }

    @Test
    void aDeletedValueIsATombstone() {
        assertThat(EventType.of(null)).isEqualTo("Tombstone");
    }
}
