// Round-trip driver for the dotnet target test: reads each fixture into the
// model its "object" key names, writes it back, one JSON line per fixture.
// Usage: Driver.exe --model <object>=<Namespace.Type> ... <fixture.json> ...
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

internal static class Driver
{
    private static int Main(string[] args)
    {
        // Mono picks the console encoding from the locale; the fixtures carry Unicode.
        global::System.Console.OutputEncoding = new global::System.Text.UTF8Encoding(false);
        var models = new Dictionary<string, global::System.Type>();
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--model")
            {
                files.Add(args[i]);
                continue;
            }
            var pair = args[++i].Split(new[] { '=' }, 2);
            models[pair[0]] = typeof(Driver).Assembly.GetType(pair[1], true);
        }
        foreach (var file in files)
        {
            var text = global::System.IO.File.ReadAllText(file);
            var type = models[(string)JObject.Parse(text)["object"]];
            var model = JsonConvert.DeserializeObject(text, type);
            global::System.Console.WriteLine(
                "{\"fixture\":" + JsonConvert.ToString(file) +
                ",\"json\":" + JsonConvert.SerializeObject(model) +
                ",\"enums\":" + JsonConvert.SerializeObject(EnumMembers(model)) + "}");
        }
        return 0;
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
