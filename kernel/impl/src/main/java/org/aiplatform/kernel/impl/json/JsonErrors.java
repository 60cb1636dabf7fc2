package org.aiplatform.kernel.impl.json;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.impl.KernelMessages;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's reading failures into client errors that name the field and the problem, without Java class
 * names or stack traces.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * @param e what Jackson threw while reading a request body
     * @return a 400 INVALID_PARAMETER_VALUE (or BAD_REQUEST for unparseable JSON) explaining it
     */
    public static ApiException describe(JsonProcessingException e) {
        if (e instanceof StreamReadException read) {
            JsonLocation at = read.getLocation();
            return KernelMessages.get().error(ErrorCode.BAD_REQUEST, "json.malformed",
                at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return KernelMessages.get().error(ErrorCode.BAD_REQUEST, "json.invalid");
        }
        String field = path(mapping);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.unknown_field", field);
        }
        if (mapping instanceof ValueInstantiationException creation && creation.getCause() != null
            && creation.getCause().getMessage() != null) {
            return KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.invalid_value_detail",
                field, creation.getCause().getMessage());
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
            && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", "));
            return KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.invalid_enum",
                String.valueOf(format.getValue()), field, allowed);
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            if (field.isEmpty() && isEndOfInput(mismatch)) {
                return KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.body_required");
            }
            return KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.wrong_type",
                field.isEmpty() ? "(body)" : field, typeName(mismatch.getTargetType()));
        }
        return KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "json.invalid_field",
            field.isEmpty() ? "(body)" : field);
    }

    private static boolean isEndOfInput(MismatchedInputException e) {
        String m = e.getOriginalMessage();
        return m != null && m.startsWith("No content to map");
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** JSON names for Java types, so messages speak the client's language. */
    static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        return "object";
    }
}
