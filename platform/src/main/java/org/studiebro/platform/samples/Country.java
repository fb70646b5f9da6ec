package org.studiebro.platform.samples;

/** The country a sample learner lives in: it decides the identity number, the names and the language. */
public enum Country { SE, NO }
