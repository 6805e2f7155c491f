using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;
using Mrs.Text.Messages;

namespace Mrs.Cli.Messages;

/// <summary>
/// System.CommandLine's help in the current language. Its zh-Hans catalogue translates "Usage:", "Arguments:" and
/// "Options:" but leaves "Description:", "[default: …]" and "(REQUIRED)" in English, and version 2.0 has no public way to
/// change them (its HelpBuilder and localization resources are internal). So this action, which replaces the help option's
/// own, lets the library write the help and passes those three labels through the message catalogue. The "(REQUIRED)" in
/// the first column is padded to its width so that the second column stays aligned.
/// </summary>
internal sealed partial class LocalizedHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    /// <summary>Puts the help option of <paramref name="root"/> (inherited by every command) through this action.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction original } helpOption)
            {
                helpOption.Action = new LocalizedHelpAction(original);
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var text = new StringWriter();
        configuration.Output = text;
        int code;
        try
        {
            code = help.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }
        output.Write(Localize(text.ToString()));
        return code;
    }

    /// <summary>The help text with System.CommandLine's English labels in the current language.</summary>
    internal static string Localize(string help)
    {
        var text = DescriptionHeading().Replace(help, Catalog.Get("help.description"));
        text = DefaultLabel().Replace(text, m => Catalog.Format("help.default", m.Groups[1].Value));
        var required = Catalog.Get("help.required");
        return RequiredLabel().Replace(text, m => required + new string(' ', Math.Max(0, m.Length - Width(required))));
    }

    /// <summary>Columns a terminal gives the text: two for each wide (CJK) character.</summary>
    private static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF'
        or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60'
        or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    [GeneratedRegex(@"^Description:(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex DescriptionHeading();

    [GeneratedRegex(@"\[default: ([^\]\r\n]*)\]")]
    private static partial Regex DefaultLabel();

    [GeneratedRegex(@"\(REQUIRED\)")]
    private static partial Regex RequiredLabel();
}
