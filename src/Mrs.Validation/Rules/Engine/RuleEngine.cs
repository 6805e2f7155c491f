using System.Diagnostics;
using Mrs.Model;
using Mrs.Text.Language;

namespace Mrs.Validation.Rules;

/// <summary>A rule's level set by configuration: off, or a severity that replaces its default.</summary>
public enum RuleLevel
{
    Off,
    Error,
    Warning,
    Info,
}

public static class RuleLevels
{
    /// <summary>The severity findings get at this level; null for <see cref="RuleLevel.Off"/> (the rule does not run).</summary>
    public static Severity? ToSeverity(this RuleLevel level) => level switch
    {
        RuleLevel.Off => null,
        RuleLevel.Error => Severity.Error,
        RuleLevel.Warning => Severity.Warning,
        RuleLevel.Info => Severity.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "no such rule level"),
    };
}

/// <summary>How one run is set up: the family (or auto), rule levels, and codes ignored for this input.</summary>
public sealed record RuleRunOptions
{
    /// <summary>The rule family; null detects it from the document.</summary>
    public RuleFamily? Family { get; init; }

    /// <summary>Levels by rule code (from .mrs.yaml); rules not listed keep their default severity.</summary>
    public IReadOnlyDictionary<string, RuleLevel> Levels { get; init; } = new Dictionary<string, RuleLevel>();

    /// <summary>Codes whose findings are dropped for this input (path-based ignores); "*" drops all.</summary>
    public IReadOnlyCollection<string> Ignored { get; init; } = [];
}

/// <summary>What a run found, and with which family.</summary>
public sealed record RuleRunResult
{
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required RuleFamily Family { get; init; }
    /// <summary>Why this family: "identifier GB/T 1.1—2020", "the cover names OASIS", "profile gbt (the GB/T drafting template)" ….</summary>
    public required string FamilyReason { get; init; }
    /// <summary>The same reason in Chinese.</summary>
    public string FamilyReasonZh { get; init; } = "";
    /// <summary>Findings dropped by inline suppression or path-based ignores.</summary>
    public int Suppressed { get; init; }

    /// <summary>Time spent per rule, in milliseconds ("index" for walking the document).</summary>
    public IReadOnlyList<(string Code, double Milliseconds)> Timings { get; init; } = [];
}

/// <summary>
/// Runs the registered rules over a document. The engine does no I/O: the caller gives it the model and an
/// <see cref="IFindingLocator"/> that turns JSON pointers into places in the input. Rules read provisions with
/// <paramref name="language"/> (by default <see cref="LanguageModule.Standard"/>) where the model carries none.
/// </summary>
public sealed class RuleEngine(IReadOnlyList<Rule>? rules = null, LanguageModule? language = null)
{
    public IReadOnlyList<Rule> Rules { get; } = rules ?? RuleRegistry.All;

    public LanguageModule Language { get; } = language ?? LanguageModule.Standard;

    public RuleRunResult Run(StandardDocument document, IFindingLocator locator, RuleRunOptions? options = null)
    {
        options ??= new RuleRunOptions();
        var (family, reason, reasonZh) = options.Family is { } f ? new FamilyDetector.FamilyChoice(f, "chosen", "指定")
            : FamilyDetector.Detect(document);
        var timings = new List<(string, double)>(Rules.Count + 1);
        var start = Stopwatch.GetTimestamp();
        var index = DocumentIndex.Build(document);
        timings.Add(("index", Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        var context = new RuleContext(index, family, Language);
        var ignoreAll = options.Ignored.Contains("*");
        foreach (var rule in Rules)
        {
            if (!rule.AppliesTo(family) || ignoreAll || options.Ignored.Contains(rule.Code)
                || options.Levels.TryGetValue(rule.Code, out var level) && level == RuleLevel.Off)
            {
                continue;
            }
            context.Current = rule;
            start = Stopwatch.GetTimestamp();
            var before = context.Found.Count;
            try
            {
                rule.Check(context);
                context.CollapseImportGap(rule, before);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException($"rule {rule.Code} ({rule.Name}) failed: {ex.Message}", ex);
            }
            timings.Add((rule.Code, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }
        context.Current = null;

        var findings = new List<Finding>(context.Found.Count);
        var seen = new HashSet<(string, string, string)>();
        var suppressed = 0;
        foreach (var v in context.Found)
        {
            if (!seen.Add((v.Rule.Code, v.Pointer, v.Message)))
            {
                continue;
            }
            if (IsSuppressed(index, v.Pointer, v.Rule.Code))
            {
                suppressed++;
                continue;
            }
            var severity = v.Severity
                ?? (options.Levels.TryGetValue(v.Rule.Code, out var level) && level.ToSeverity() is { } configured ? configured
                    : v.Rule.DefaultSeverity);
            findings.Add(new Finding
            {
                Code = v.Rule.Code,
                Severity = severity,
                Message = v.Message,
                MessageZh = v.MessageZh,
                Clause = v.Clause,
                Location = locator.Locate(v.Pointer),
            });
        }
        return new RuleRunResult
        {
            Findings = findings, Family = family, FamilyReason = reason, FamilyReasonZh = reasonZh, Suppressed = suppressed,
            Timings = timings
        };
    }

    /// <summary>A suppression on a node covers findings at that node and below: every prefix of the pointer is checked.</summary>
    private static bool IsSuppressed(DocumentIndex index, string pointer, string code)
    {
        if (index.Suppressions.Count == 0)
        {
            return false;
        }
        var end = pointer.Length;
        while (true)
        {
            if (index.Suppressions.TryGetValue(pointer[..end], out var codes)
                && codes.Any(c => c == "*" || string.Equals(c, code, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
            if (end == 0)
            {
                return false;
            }
            end = pointer.LastIndexOf('/', end - 1);
            if (end < 0)
            {
                return false;
            }
        }
    }
}
