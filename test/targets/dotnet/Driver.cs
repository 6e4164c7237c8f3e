// Round-trip driver for the dotnet target test: reads each fixture into the
// model named beside it, writes it back, one JSON line per fixture.
// Usage: Driver.exe <Namespace.Type>=<fixture.json> ...
// `<Namespace.Type>=new:<Property>,...` writes a new instance instead, with
// those properties assigned null in code (empty list: nothing assigned).
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
            var type = typeof(Driver).Assembly.GetType(pair[0], true);
            var model = pair[1].StartsWith("new:") ? Create(type, pair[1].Substring(4)) : JsonConvert.DeserializeObject(global::System.IO.File.ReadAllText(pair[1]), type);
            global::System.Console.WriteLine(
                "{\"fixture\":" + JsonConvert.ToString(pair[1]) +
                ",\"json\":" + JsonConvert.SerializeObject(model) +
                ",\"enums\":" + JsonConvert.SerializeObject(EnumMembers(model)) + "}");
        }
        return 0;
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

    // The member name each enum-typed property holds, by wire name, so the test
    // can see that a value the enum does not know reads as Unknown.
    private static Dictionary<string, string> EnumMembers(object model)
    {
        var members = new Dictionary<string, string>();
        foreach (var property in model.GetType().GetProperties())
        {
            var attribute = (JsonPropertyAttribute)global::System.Attribute.GetCustomAttribute(property, typeof(JsonPropertyAttribute));
            var value = property.GetValue(model, null);
            if (attribute != null && value != null && value.GetType().IsEnum)
            {
                members[attribute.PropertyName] = value.ToString();
            }
        }
        return members;
    }
}
