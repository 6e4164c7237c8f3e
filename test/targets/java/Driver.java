import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Round trip for the generated models. Arguments come in pairs, a class name and a fixture file.
 * For each pair it prints one JSON line: the file, the model read from it and written back
 * ("written", as Jackson wrote it), the known() constants of the enum components ("enums", by
 * component name), and whether reading what it wrote gives an equal model ("stable": records
 * compare by value, nested models, JsonNullable wrappers, kept raw values and untyped values
 * included). With -strict first, each pair is read by fromJsonStrict instead, and a
 * ModelValidationException is printed as "error" with its parts; a class name written
 * "strict:Name" reads that one pair so. Unions (sealed interfaces) are read and compared as
 * records are; they have no enum components.
 */
public final class Driver {
  private Driver() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    boolean allStrict = args.length > 0 && args[0].equals("-strict");
    for (int i = allStrict ? 1 : 0; i + 1 < args.length; i += 2) {
      boolean strict = allStrict || args[i].startsWith("strict:");
      Class<?> type = Class.forName(args[i].substring(args[i].startsWith("strict:") ? 7 : 0));
      ObjectNode line = mapper.createObjectNode();
      line.put("file", args[i + 1]);
      Object model;
      if (strict) {
        try {
          model = type.getMethod("fromJsonStrict", String.class).invoke(null, Files.readString(Path.of(args[i + 1])));
        } catch (InvocationTargetException e) {
          out.println(mapper.writeValueAsString(error(line, e.getCause())));
          continue;
        }
      } else {
        model = mapper.readValue(new File(args[i + 1]), type);
      }
      String written = mapper.writeValueAsString(model);
      line.put("written", written);
      line.set("enums", enumConstants(mapper, type, model));
      line.put("stable", mapper.readValue(written, type).equals(model));
      out.println(mapper.writeValueAsString(line));
    }
  }

  private static ObjectNode error(ObjectNode line, Throwable error) throws ReflectiveOperationException {
    line.put("error", error.getMessage());
    line.put("type", error.getClass().getSimpleName());
    for (String part : new String[] {"model", "path", "expected", "found"}) {
      line.put(part, (String) error.getClass().getMethod(part).invoke(error));
    }
    return line;
  }

  /** Each component holding an expandable enum value, as its known() constant. */
  private static ObjectNode enumConstants(ObjectMapper mapper, Class<?> type, Object model) throws ReflectiveOperationException {
    ObjectNode constants = mapper.createObjectNode();
    if (!type.isRecord()) {
      return constants;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Object value = component.getAccessor().invoke(model);
      if (value == null) {
        continue;
      }
      for (Method method : value.getClass().getMethods()) {
        if (method.getName().equals("known") && method.getParameterCount() == 0) {
          constants.put(component.getName(), method.invoke(value).toString());
        }
      }
    }
    return constants;
  }
}
