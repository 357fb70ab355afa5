package be.eloket.audit.entity;

import be.eloket.audit.model.FieldChange;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
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

    // Looked up once: each Json.create… looks the provider up anew through the module's service
    // files, which was 40 % of the register import's time (JFR profile of benchmark P7).
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final int MAX_VALUE = 1000;

    @Override
    public String convertToDatabaseColumn(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (FieldChange change : changes) {
            JsonObjectBuilder object = JSON.createObjectBuilder().add("field", change.field());
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
        try (var reader = JSON.createReader(new StringReader(column))) {
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
