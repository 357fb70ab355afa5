package be.eloket.audit.entity;

import be.eloket.audit.model.FieldChange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * An audit entry's data fields as the column {@code field_changes} holds them: a JSON array of
 * {@code {"field", "before", "after"}}, null when there are none. Each value is cut to
 * {@value #MAX_VALUE} characters: a trail names what changed, it does not keep documents.
 */
@Converter
public class FieldChanges implements AttributeConverter<List<FieldChange>, String> {

    public static final int MAX_VALUE = 1000;

    @Override
    public String convertToDatabaseColumn(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange change : changes) {
            JsonObjectBuilder object = Json.createObjectBuilder().add("field", change.field());
            add(object, "before", change.before());
            add(object, "after", change.after());
            array.add(object);
        }
        return array.build().toString();
    }

    @Override
    public List<FieldChange> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(column))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(object -> new FieldChange(object.getString("field"), text(object, "before"), text(object, "after")))
                    .toList();
        }
    }

    private static void add(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE - 1) + "…" : value);
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
