package org.studiebro.reference.streams;

/** A request on one party's topic that names another party; the processing exception handler dead-letters it. */
public class MisaddressedRecordException extends IllegalArgumentException {

    MisaddressedRecordException(String message) {
        super(message);
    }
}
