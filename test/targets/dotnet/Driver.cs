// Round-trip driver for the dotnet target test: reads each fixture into the
// model named beside it, writes it back, one JSON line per fixture.
// Usage: Driver.exe <Namespace.Type>=<fixture.json> ...
// `<Namespace.Type>=new:<Property>,...` writes a new instance instead, with
// those properties assigned null in code (empty list: nothing assigned).
// `strict:<Namespace.Type>=<fixture.json>` reads with FromJsonStrict and prints
// a ModelValidationException as "error" with its parts.
// `set:<Namespace.Type>=<fixture.json>` reads it, then assigns 2024-01-02T03:04:00Z to
// every DateTimeOffset property in code before writing it back.
using System.Collections.Generic;
using Newtonsoft.Json;

internal static class Driver
{
    private static int Main(string[] args)
    {
        // Mono picks the console encoding from the locale; the fixtures carry Unicode.
        global::System.Console.OutputEncoding = new global::System.Text.UTF8Encoding(false);
        foreach (var arg in args)
        {
            var pair = arg.Split(new[] { '=' }, 2);
            if (pair[0].StartsWith("strict:"))
            {
                global::System.Console.WriteLine(Strict(typeof(Driver).Assembly.GetType(pair[0].Substring(7), true), pair[1]));
                continue;
            }

            if (pair[0].StartsWith("set:"))
            {
                global::System.Console.WriteLine(Assigned(typeof(Driver).Assembly.GetType(pair[0].Substring(4), true), pair[1]));
                continue;
            }

            var type = typeof(Driver).Assembly.GetType(pair[0], true);
            var model = pair[1].StartsWith("new:") ? Create(type, pair[1].Substring(4)) : JsonConvert.DeserializeObject(global::System.IO.File.ReadAllText(pair[1]), type);
            global::System.Console.WriteLine(
                "{\"fixture\":" + JsonConvert.ToString(pair[1]) +
                ",\"json\":" + JsonConvert.SerializeObject(model) +
                ",\"enums\":" + JsonConvert.SerializeObject(EnumMembers(model)) + "}");
        }
        return 0;
    }

    private static string Strict(global::System.Type type, string file)
    {
        try
        {
            var model = type.GetMethod("FromJsonStrict").Invoke(null, new object[] { global::System.IO.File.ReadAllText(file) });
            return "{\"fixture\":" + JsonConvert.ToString(file) + ",\"json\":" + JsonConvert.SerializeObject(model) + "}";
        }
        catch (global::System.Reflection.TargetInvocationException e)
        {
            var error = e.InnerException;
            var parts = new Dictionary<string, string> { { "fixture", file }, { "error", error.Message }, { "type", error.GetType().Name } };
            foreach (var part in new[] { "Model", "Path", "Expected", "Found" })
            {
                parts[part] = (string)error.GetType().GetProperty(part).GetValue(error, null);
            }

            return JsonConvert.SerializeObject(parts);
        }
    }

    private static string Assigned(global::System.Type type, string file)
    {
        var model = JsonConvert.DeserializeObject(global::System.IO.File.ReadAllText(file), type);
        foreach (var property in type.GetProperties())
        {
            if (property.PropertyType == typeof(global::System.DateTimeOffset))
            {
                property.SetValue(model, new global::System.DateTimeOffset(2024, 1, 2, 3, 4, 0, global::System.TimeSpan.Zero), null);
            }
        }

        return "{\"fixture\":" + JsonConvert.ToString(file) + ",\"json\":" + JsonConvert.SerializeObject(model) + "}";
    }

    private static object Create(global::System.Type type, string nullProperties)
    {
        var model = global::System.Activator.CreateInstance(type);
        foreach (var name in nullProperties.Split(new[] { ',' }, global::System.StringSplitOptions.RemoveEmptyEntries))
        {
            type.GetProperty(name).SetValue(model, null, null);
        }
        return model;
    }

    // The Known member each enum-typed property holds (ToKnown()), by wire name, so
    // the test can see that a value the enum does not list reads as Known.Unknown.
    private static Dictionary<string, string> EnumMembers(object model)
    {
        var members = new Dictionary<string, string>();
        foreach (var property in model.GetType().GetProperties())
        {
            var attribute = (JsonPropertyAttribute)global::System.Attribute.GetCustomAttribute(property, typeof(JsonPropertyAttribute));
            var value = property.GetValue(model, null);
            var toKnown = value == null ? null : value.GetType().GetMethod("ToKnown");
            if (attribute != null && toKnown != null)
            {
                members[attribute.PropertyName] = toKnown.Invoke(value, null).ToString();
            }
        }
        return members;
    }
}
