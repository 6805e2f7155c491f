using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mrs.Serialization;

/// <summary>
/// Turns JSON Schema errors into messages a standards editor can act on, in English and Simplified Chinese. The
/// schema's own descriptions name what the value is for.
/// </summary>
internal static partial class SchemaMessages
{
    public static SchemaViolation? Describe(JsonElement instance, string pointer, string keyword, string libraryMessage, string evaluationPath,
        string schemaLocation, JsonElement schemaRoot)
    {
        var value = Resolve(instance, pointer);
        if (evaluationPath.Contains("/if/", StringComparison.Ordinal))
        {
            return null; // the "if" of a block type that does not apply: not a problem
        }
        var rule = SchemaAt(schemaRoot, Uri.UnescapeDataString(schemaLocation.TrimStart('#')));
        var name = LastToken(pointer);
        switch (keyword)
        {
            case "type":
            {
                var expected = rule?.TryGetProperty("type", out var t) == true ? t.ToString() : "another type";
                var actual = KindName(value);
                var hint = expected == "string" && value?.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
                    ? $"; write it in quotes: \"{value?.GetRawText()}\""
                    : "";
                var hintZh = hint.Length > 0 ? $"；请加引号写作 \"{value?.GetRawText()}\"" : "";
                return new(pointer, keyword, $"'{name}' is {Article(actual)} {actual} but must be {Article(expected)} {expected}{hint}",
                    $"“{name}”是{KindZh(actual)}，应为{KindZh(expected)}{hintZh}", false);
            }
            case "const":
            {
                var expected = rule?.TryGetProperty("const", out var c) == true ? c.GetRawText() : "?";
                return new(pointer, keyword, $"'{name}' must be {expected}, not {value?.GetRawText()}",
                    $"“{name}”应为 {expected}，而不是 {value?.GetRawText()}", false);
            }
            case "enum":
            {
                var allowed = rule?.TryGetProperty("enum", out var e) == true
                    ? string.Join(", ", e.EnumerateArray().Select(x => x.ToString()))
                    : "";
                return new(pointer, keyword, $"'{name}' has the value {value?.GetRawText()}, which is not one of: {allowed}",
                    $"“{name}”的值 {value?.GetRawText()} 不在允许的取值中：{allowed}", false);
            }
            case "required":
            {
                var missing = MissingProperties(value, rule);
                var where = pointer.Length == 0 ? "the document" : $"'{name}'";
                var whereZh = pointer.Length == 0 ? "文档" : $"“{name}”";
                return new(pointer, keyword, $"{where} lacks required {(missing.Count == 1 ? "key" : "keys")} {Quote(missing)}",
                    $"{whereZh}缺少必需的键 {Quote(missing)}", false);
            }
            case "" or "false" or "additionalProperties":
                // additionalProperties: false reports at the unknown member itself.
                return new(pointer, "additionalProperties", $"unknown key '{name}' (not part of the clause model; check its spelling and place)",
                    $"未知的键“{name}”（不属于条款模型，请检查拼写和位置）", true);
            case "pattern" when AssetPath().IsMatch(pointer):
                return new(pointer, keyword,
                    $"'path' has the value {value?.GetRawText()}: an asset path is relative to the model's folder and stays inside it (no leading "
                    + "'/', no '..', no 'scheme:', no backslash)",
                    $"“path”的值 {value?.GetRawText()} 不可用：资源路径须相对于模型文件所在文件夹且不超出该文件夹（不以“/”开头，不含“..”、“协议:”或反斜杠）", false);
            case "pattern":
            {
                var pattern = rule?.TryGetProperty("pattern", out var p) == true ? p.GetString() : "";
                return new(pointer, keyword, $"'{name}' has the value {value?.GetRawText()}, which does not have the expected form ({pattern})",
                    $"“{name}”的值 {value?.GetRawText()} 不符合规定的格式（{pattern}）", false);
            }
            case "minimum" or "minItems" or "minLength":
                return new(pointer, keyword, $"'{name}' is too small: {Tidy(libraryMessage)}", $"“{name}”的值过小：{Tidy(libraryMessage)}", false);
            case "allOf" or "anyOf" or "oneOf" or "if" or "then" or "$ref" or "properties" or "items":
                return null; // summaries of nested failures that are reported on their own
            default:
                return new(pointer, keyword, $"'{name}': {Tidy(libraryMessage)}", $"“{name}”：{Tidy(libraryMessage)}", false);
        }
    }

    private static string Tidy(string message) => message.TrimEnd('.');

    private static string Quote(IReadOnlyList<string> names) => names.Count == 0 ? "?" : string.Join(", ", names.Select(n => $"'{n}'"));

    private static IReadOnlyList<string> MissingProperties(JsonElement? value, JsonElement? rule)
    {
        if (value?.ValueKind != JsonValueKind.Object || rule?.TryGetProperty("required", out var required) != true)
        {
            return [];
        }
        var present = value.Value.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return required.EnumerateArray().Select(r => r.GetString()!).Where(r => !present.Contains(r)).ToList();
    }

    private static string LastToken(string pointer)
    {
        var tokens = SourceLocator.ParsePointer(pointer);
        if (tokens.Count == 0)
        {
            return "document";
        }
        var last = tokens[^1];
        return int.TryParse(last, out _) && tokens.Count > 1 ? $"{tokens[^2]}[{last}]" : last;
    }

    private static string KindName(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "value",
    };

    private static string Article(string kind) => kind.Length > 0 && "aeiou".Contains(kind[0]) ? "an" : "a";

    private static string KindZh(string kind) => kind switch
    {
        "object" => "映射（对象）",
        "array" => "列表",
        "string" => "文本（字符串）",
        "number" => "数字",
        "integer" => "整数",
        "boolean" => "布尔值",
        "null" => "空值",
        _ => kind,
    };

    internal static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var token in SourceLocator.ParsePointer(pointer))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }
        return current;
    }

    /// <summary>The subschema at a JSON pointer into the schema document.</summary>
    private static JsonElement? SchemaAt(JsonElement schemaRoot, string pointer) => Resolve(schemaRoot, pointer);

    [GeneratedRegex(@"^/assets/\d+/path$")]
    private static partial Regex AssetPath();
}
