namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Reads a cell that lists names (departments, districts or leaders) into canonical names, in order.
/// The extraction mixes separators (、 ， , and spaces), puts stray spaces inside names, cuts names short
/// and spells one name several ways; each repair is written to the import report with the cell's line.
/// </summary>
public sealed class NameListParser(NameResolver resolver, ImportReport report, NameResolver? districts = null)
{
    private const char LeadMark = '★';
    private const string CollectiveJoiner = "等";

    /// <summary>Longest run of fragments tried as one name ("各 部门、单位" is three fragments).</summary>
    private const int MaxFragmentsPerName = 3;

    private enum Separator { None, Punctuation, Space }

    private sealed record Fragment(string Text, Separator Before, bool IsLead);

    /// <summary>True for an empty cell or one that only holds a dash or underline placeholder (—— or _____).</summary>
    public static bool NamesNone(string cell) =>
        cell.All(c => char.IsWhiteSpace(c) || c is '—' or '-' or '_' or '－' or '─' or '＿');

    public IReadOnlyList<ResolvedName> Parse(string cell, int line, string column)
    {
        if (NamesNone(cell))
        {
            return [];
        }

        var fragments = Split(cell);
        var names = new List<ResolvedName>();
        for (var i = 0; i < fragments.Count;)
        {
            var (resolved, used) = ResolveAt(fragments, i, line, column);
            foreach (var name in resolved)
            {
                AddOnce(names, name, line, column);
            }
            i += used;
        }
        return names;
    }

    private (IReadOnlyList<ResolvedName> Names, int Used) ResolveAt(List<Fragment> fragments, int start, int line, string column)
    {
        var first = fragments[start];

        // A name that contains a separator (各部门、单位) or has a stray space inside (李 烨) spans fragments:
        // try the longest run that is a known name, never swallowing a later ★.
        for (var count = Math.Min(MaxFragmentsPerName, fragments.Count - start); count >= 2; count--)
        {
            var run = fragments.GetRange(start, count);
            if (run.Skip(1).Any(f => f.IsLead))
            {
                continue;
            }
            var joined = string.Concat(run.Select((f, i) => i == 0 || f.Before == Separator.Space ? f.Text : "、" + f.Text));
            if (resolver.TryResolve(joined, out var canonical, out _))
            {
                var raw = string.Join("", run.Select((f, i) => (i == 0 ? "" : f.Before == Separator.Space ? " " : "、") + f.Text));
                if (run.Skip(1).Any(f => f.Before == Separator.Space))
                {
                    report.Add(line, CorrectionKind.StraySpaceRemoved, $"{column}: \"{raw}\" read as {canonical}", raw, canonical);
                }
                return ([new ResolvedName(canonical, first.IsLead)], count);
            }
        }

        // A person's name printed with a space between its characters (钱 宇), neither part known: one unknown
        // name, not two people.
        if (IsSpacedPersonName(fragments, start) is { } spaced)
        {
            report.Add(new UnknownName(line, resolver.What, spaced, column) { TakenAsWritten = resolver.IsEmpty });
            return (resolver.IsEmpty ? [new ResolvedName(spaced, false)] : [], 2);
        }

        return (ResolveOne(first, line, column), 1);
    }

    private string? IsSpacedPersonName(List<Fragment> fragments, int start)
    {
        if (resolver.What != "leader" || start + 1 >= fragments.Count || fragments[start + 1].Before != Separator.Space)
        {
            return null;
        }
        var (first, second) = (fragments[start].Text, fragments[start + 1].Text);
        var joined = first + second;
        return first.Length <= 2 && second.Length <= 2 && joined.Length is >= 2 and <= 4 && joined.All(c => c is >= '\u4E00' and <= '\u9FFF')
            && !resolver.TryResolve(first, out _, out _) && !resolver.TryResolve(second, out _, out _)
            ? joined : null;
    }

    private IReadOnlyList<ResolvedName> ResolveOne(Fragment fragment, int line, string column)
    {
        var text = fragment.Text;
        if (resolver.TryResolve(text, out var canonical, out var viaAlias))
        {
            if (viaAlias)
            {
                report.Add(line, CorrectionKind.AliasResolved, $"{column}: {text} merged with its canonical name {canonical}", text, canonical);
            }
            else if (NameResolver.Key(text) != NameResolver.Key(canonical) || text != canonical)
            {
                report.Add(line, CorrectionKind.StraySpaceRemoved, $"{column}: \"{text}\" read as {canonical}", text, canonical);
            }
            return [new ResolvedName(canonical, fragment.IsLead)];
        }

        // "交运局等安委会成员单位": a department followed by the collective entry it belongs to.
        var joiner = text.IndexOf(CollectiveJoiner, StringComparison.Ordinal);
        if (joiner > 0
            && resolver.TryResolve(text[..joiner], out var member, out _)
            && resolver.TryResolve(text[(joiner + 1)..], out var collective, out _))
        {
            report.Add(line, CorrectionKind.CollectiveSplit, $"{column}: {text} read as {member} and the collective entry {collective}", text, $"{member}、{collective}");
            return [new ResolvedName(member, fragment.IsLead), new ResolvedName(collective, false)];
        }

        if (resolver.CompleteCutShort(text) is { } completed)
        {
            report.Add(line, CorrectionKind.NameCutShort, $"{column}: {text} completed to {completed}, the only {resolver.What} it begins or ends", text, completed);
            return [new ResolvedName(completed, fragment.IsLead)];
        }

        // An issuer without reference data: the name as written (white space and punctuation unified), listed for
        // review; among the departments, a name that says it is a town or zone is one.
        if (resolver.IsEmpty)
        {
            var name = NameResolver.Key(text);
            var isDistrict = districts is not null && DistrictNames.Says(name) is not null;
            report.Add(new UnknownName(line, isDistrict ? "district" : resolver.What, name, column) { TakenAsWritten = true });
            return [new ResolvedName(name, fragment.IsLead && !isDistrict) { IsDistrict = isDistrict }];
        }

        // A town or zone among the departments (责任单位 listing both): the district it is.
        if (districts is not null && districts.TryResolve(text, out var district, out _))
        {
            report.Add(line, CorrectionKind.DistrictAmongDepartments, $"{column}: {text} is a district, not a department; read as one of the task's districts", text, district);
            return [new ResolvedName(district, false) { IsDistrict = true }];
        }

        // Not guessed (a name one character away may be another bureau): listed, with every other unknown name of
        // the document, for the reference data to learn.
        report.Add(new UnknownName(line, resolver.What, text, column));
        return [];
    }

    private void AddOnce(List<ResolvedName> names, ResolvedName name, int line, string column)
    {
        var index = names.FindIndex(n => n.Name == name.Name);
        if (index < 0)
        {
            names.Add(name);
            return;
        }
        report.Add(line, CorrectionKind.DuplicateNameDropped, $"{column}: {name.Name} is named twice; kept once");
        if (name.IsLead && !names[index].IsLead)
        {
            names[index] = names[index] with { IsLead = true };
        }
    }

    private static List<Fragment> Split(string cell)
    {
        var fragments = new List<Fragment>();
        var current = new System.Text.StringBuilder();
        var pending = Separator.None;
        var lead = false;

        void Flush()
        {
            if (current.Length > 0)
            {
                fragments.Add(new Fragment(current.ToString(), pending, lead));
                current.Clear();
                lead = false;
                pending = Separator.None;
            }
        }

        foreach (var c in cell)
        {
            if (c is '、' or '，' or ',' or '；' or ';')
            {
                Flush();
                pending = Separator.Punctuation;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
                if (pending == Separator.None && fragments.Count > 0)
                {
                    pending = Separator.Space;
                }
            }
            else if (c == LeadMark)
            {
                Flush();
                lead = true;
            }
            else
            {
                current.Append(c);
            }
        }
        Flush();
        return fragments;
    }
}
