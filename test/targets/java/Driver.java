import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Round trip for the generated models. Arguments come in pairs, a class name and a fixture file.
 * For each pair it prints one JSON line: the file, the model read from it and written back
 * ("written", as Jackson wrote it), the enum constants read ("enums", by wire name), and whether
 * reading what it wrote gives an equal model ("stable": records compare by value, nested models,
 * JsonNullable wrappers and untyped values included).
 */
public final class Driver {
  private Driver() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    for (int i = 0; i + 1 < args.length; i += 2) {
      Class<?> type = Class.forName(args[i]);
      Object model = mapper.readValue(new File(args[i + 1]), type);
      ObjectNode line = mapper.createObjectNode();
      line.put("file", args[i + 1]);
      String written = mapper.writeValueAsString(model);
      line.put("written", written);
      line.set("enums", enumConstants(mapper, type, model));
      line.put("stable", mapper.readValue(written, type).equals(model));
      out.println(mapper.writeValueAsString(line));
    }
  }

  /** Asks Jackson for the model's properties, so the names are the wire names it uses. */
  private static ObjectNode enumConstants(ObjectMapper mapper, Class<?> type, Object model) {
    ObjectNode constants = mapper.createObjectNode();
    for (BeanPropertyDefinition property :
        mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties()) {
      if (property.getAccessor() != null
          && property.getAccessor().getValue(model) instanceof Enum<?> constant) {
        constants.put(property.getName(), constant.name());
      }
    }
    return constants;
  }
}
