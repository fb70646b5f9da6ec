package org.studiebro.referencedata.reference;

/** One municipality as municipalities.json holds it. */
public record MunicipalityEntry(String id, String code, String country, String name, String county, String email) {
}
