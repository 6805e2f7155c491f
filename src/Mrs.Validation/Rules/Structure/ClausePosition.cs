namespace Mrs.Validation.Rules.Structure;

/// <summary>Shared by the rules that fix clauses 1, 2 and 3: the element is present, and it is that clause.</summary>
internal static class ClausePosition
{
    public static void Check(RuleContext context, ScopeRole role, int number, RuleMessage missing, RuleMessage misplaced)
    {
        var clauses = context.Index.BodyClauses;
        var clause = clauses.FirstOrDefault(c => c.Role == role);
        var wanted = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (clause is null)
        {
            context.Report(clauses.Count > 0 ? "/clauses" : "", wanted, missing);
        }
        else if (clause.Number != wanted)
        {
            // A clause numbered right but standing early (clauses before it missing) is reported by the rules of those clauses.
            context.Report(clause, misplaced, clause.Number ?? "?");
        }
    }
}
