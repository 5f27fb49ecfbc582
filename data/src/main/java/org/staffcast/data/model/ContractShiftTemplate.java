package org.staffcast.data.model;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A shift template a contract allows. */
@MappedEntity("contract_shift_template")
public record ContractShiftTemplate(@Id @GeneratedValue Long id, Long contractId, Long shiftTemplateId) {
}
