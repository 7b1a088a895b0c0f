package org.cityos.registry;

import org.cityos.catalog.ResourceCode;

/**
 * A resource that carries an attribute: in {@code item}, for the registry key held in
 * {@code keyItem} (the same person is {@code id_number} in one resource, {@code owner_id_number}
 * in another). Exactly one source of an attribute is authoritative.
 */
public record AttributeSource(ResourceCode resource, String keyItem, String item, boolean authoritative) {
}
