package org.studiebro.benchmark.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuCategoryTest {

    @Test
    void aJdkMethodCountsForTheKnownPartThatCalledIt() {
        assertThat(category("java/lang/Thread.run;org/apache/kafka/clients/producer/internals/Sender.run;"
                + "java/util/HashMap.getNode")).isEqualTo(CpuCategory.KAFKA);
        assertThat(category("java/lang/Thread.run;org/studiebro/notification/delivery/StatusDelivery.start;"
                + "org/eclipse/angus/mail/smtp/SMTPTransport.sendCommand;java/net/Socket.write;"
                + "__sys_sendto_[k]")).isEqualTo(CpuCategory.MAIL);
        assertThat(category("java/lang/Thread.run;org/studiebro/reference/seatowner/SeatAllocation.request;"
                + "java/util/ArrayList.sort")).isEqualTo(CpuCategory.STUDIEBRO);
        assertThat(category("java/lang/Thread.run;kafka/server/KafkaApis.handle;java/util/HashMap.get"))
                .isEqualTo(CpuCategory.KAFKA);
    }

    @Test
    void garbageCollectionAndTheJvmsOwnThreadsCountAsTheJvm() {
        assertThat(category("org/studiebro/Foo.bar;java/util/ArrayList.<init>;"
                + "G1CollectedHeap::attempt_allocation_slow")).isEqualTo(CpuCategory.JVM);
        assertThat(category("clone3;start_thread;thread_native_entry;"
                + "void OopOopIterateDispatch<G1CMOopClosure>::Table::oop_oop_iterate<InstanceKlass, narrowOop>"))
                .isEqualTo(CpuCategory.JVM);
        assertThat(category("clone3;start_thread;CompileBroker::compiler_thread_loop;C2Compiler::compile_method"))
                .isEqualTo(CpuCategory.JVM);
    }

    @Test
    void javaWithoutAKnownPartIsOther() {
        assertThat(category("java/lang/Thread.run;java/util/concurrent/ThreadPoolExecutor.runWorker;"
                + "java/lang/String.equals")).isEqualTo(CpuCategory.OTHER);
    }

    private static CpuCategory category(String stack) {
        return CpuCategory.of(stack.split(";"));
    }
}
