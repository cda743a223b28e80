using System.Globalization;
using System.Text.RegularExpressions;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Turns the rows of a plan's table into its true structure (targets; sections, groups and tasks with their
/// departments, districts and leaders), repairing the damage the PDF extraction did. The repairs follow the
/// document's own logic, never one known line: see <see cref="CorrectionKind"/>. Each one is reported.
/// </summary>
public sealed partial class PlanAssembler
{
    private const string DepartmentsColumn = "主要责任部门";
    private const string DistrictsColumn = "主要责任板块";
    private const string LeadersColumn = "分管区领导";

    private readonly ReferenceData _reference;

    public PlanAssembler(ReferenceData reference) => _reference = reference;

    private enum Part { None, Targets, Tasks }

    private sealed record GroupLabel(int Number, string Name);

    /// <summary>One task as it stood in the table, before its group is settled.</summary>
    private sealed record TaskRow(int Line, bool StartsPage, GroupLabel? Label, int Number, string Text,
        string Departments, string Districts, string Leaders);

    private sealed record SectionRows(int Line, string Title, List<TaskRow> Rows);

    public PlanDraft Assemble(PlanText text, ImportReport report)
    {
        foreach (var line in text.RepeatedHeaderLines)
        {
            report.Add(line, CorrectionKind.RepeatedHeaderSkipped, "table header repeated at a page break");
        }
        foreach (var (line, header) in text.IgnoredColumns)
        {
            report.Add(line, CorrectionKind.ColumnNotRead, $"the column \"{header}\" names nothing a plan holds; not read");
        }

        var names = new Parsers(
            new NameListParser(new NameResolver("department", _reference.Departments.Select(d => (d.Name, d.Aliases.AsEnumerable()))), report,
                districts: new NameResolver("district", _reference.Districts.Select(d => (d.Name, d.Aliases.AsEnumerable())))),
            new NameListParser(new NameResolver("district", _reference.Districts.Select(d => (d.Name, d.Aliases.AsEnumerable()))), report),
            new NameListParser(new NameResolver("leader", _reference.Leaders.Select(l => (l.Name, l.Aliases.AsEnumerable()))), report));

        // A document that numbers its tasks in their text ((1) …, 12. …) keeps 序号 for its groups: a task there without
        // a number is a fault to tell, not a task numbered by its group.
        _numbersInText = text.Rows.Any(r => TaskNumber().IsMatch(StripMarkup(r.Cells[PlanTextRow.TextColumn]).Trim()));
        _unnumberedGroups.Clear();
        var part = Part.None;
        // Tables without part headings (一、… 二、…): the group whose name speaks of targets (主要预期目标) holds the
        // targets, every other group tasks.
        var partsInferred = false;
        var partTitle = "工作任务";
        var targets = new List<TargetDraft>();
        var sections = new List<SectionRows>();

        foreach (var row in text.Rows)
        {
            var filled = Enumerable.Range(0, row.Cells.Count).Where(i => row.Cells[i].Length > 0).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            if (filled.Count == 1 && !TaskNumber().IsMatch(StripMarkup(row.Cells[filled[0]])))
            {
                var heading = CollapseSpaces(row.Cells[filled[0]]);
                if (PartHeading().Match(heading) is { Success: true } partHeading)
                {
                    part = PartOf(partHeading.Groups["title"].Value, row.Line);
                    partTitle = partHeading.Groups["title"].Value.Trim();
                    partsInferred = false;
                    continue;
                }
                if (part != Part.Tasks && (part == Part.None || partsInferred))
                {
                    // A heading of a plan without part headings: the targets' own (主要预期目标), or the tasks' first section.
                    partsInferred = true;
                    if (heading.Contains("目标", StringComparison.Ordinal) && targets.Count == 0)
                    {
                        part = Part.Targets;
                        continue;
                    }
                    part = Part.Tasks;
                }
                if (part != Part.Tasks)
                {
                    throw new PlanImportException(row.Line, $"\"{heading}\" looks like a section heading, but stands outside 工作任务分解");
                }
                if (filled[0] != PlanTextRow.NumberColumn)
                {
                    report.Add(row.Line, CorrectionKind.SectionHeadingMoved,
                        $"section heading \"{heading}\" stood in column {filled[0] + 1}; read as a heading");
                }
                sections.Add(new SectionRows(row.Line, heading, []));
                continue;
            }

            if ((part == Part.None || partsInferred) && CollapseSpaces(row.Cells[PlanTextRow.NameColumn]) is { Length: > 0 } label)
            {
                part = label.Contains("目标", StringComparison.Ordinal) && part != Part.Tasks ? Part.Targets : Part.Tasks;
                partsInferred = true;
            }
            switch (part)
            {
                case Part.Targets:
                    targets.Add(ReadTarget(row, names, partsInferred));
                    break;
                case Part.Tasks:
                    if (sections.Count == 0)
                    {
                        // A plan whose groups stand without section headings ((一) …): one section holds them.
                        sections.Add(new SectionRows(row.Line, partTitle, []));
                    }
                    sections[^1].Rows.AddRange(ReadTaskRows(row, report));
                    break;
                default:
                    throw new PlanImportException(row.Line,
                        "a row stands before the first part heading (一、经济社会发展主要预期目标 or 二、工作任务分解) and names no group (名称 or 项目) that says whether it holds targets or tasks");
            }
        }

        if (targets.Count == 0 && sections.Count == 0)
        {
            throw new PlanImportException(0, "the plan holds neither targets nor tasks");
        }

        CheckTargetNumbers(targets, report);
        // Tasks numbered on from the targets (targets 1–11, tasks 12–118) continue their numbering: no gap to report.
        var continuesFrom = sections.FirstOrDefault()?.Rows.FirstOrDefault() is { } first && targets.Count > 0 && first.Number == targets.Max(t => t.Number) + 1
            ? first.Number - 1 : 0;
        var draft = new PlanDraft(text.Preamble, targets, BuildSections(sections, names, report, continuesFrom));
        ReportCollectiveExpansions(draft, report);
        ReportItemsWithoutDepartment(draft, report);
        return draft;
    }

    /// <summary>The tasks that name a collective entry (各镇), with the members they therefore cover (coveredDistricts).</summary>
    private void ReportCollectiveExpansions(PlanDraft draft, ImportReport report)
    {
        var members = _reference.Districts.Where(d => d.Members.Count > 0).ToDictionary(d => d.Name, d => d.Members);
        foreach (var task in draft.Tasks)
        {
            foreach (var collective in task.Districts.Where(d => members.ContainsKey(d.Name)))
            {
                report.Add(new CollectiveExpansion(task.Line, task.Number, collective.Name, members[collective.Name]));
            }
        }
    }

    /// <summary>A target or task that names no responsible department: imported, and told, since no one will report on it.</summary>
    private static void ReportItemsWithoutDepartment(PlanDraft draft, ImportReport report)
    {
        foreach (var target in draft.Targets.Where(t => t.Departments.Count == 0))
        {
            report.Add(target.Line, CorrectionKind.NoResponsibleDepartment, $"target {target.Number} {target.Name} names no responsible department: no one can report on it");
        }
        foreach (var task in draft.Tasks.Where(t => t.Departments.Count == 0))
        {
            report.Add(task.Line, CorrectionKind.NoResponsibleDepartment, $"task ({task.Number}) names no responsible department: no one can report on it");
        }
    }

    private sealed record Parsers(NameListParser Departments, NameListParser Districts, NameListParser Leaders);

    private static Part PartOf(string title, int line) =>
        title.Contains("目标", StringComparison.Ordinal) ? Part.Targets
        : title.Contains("任务", StringComparison.Ordinal) ? Part.Tasks
        : throw new PlanImportException(line, $"unknown part \"{title}\": expected the targets (…目标) or the task breakdown (…任务…)");

    /// <summary>
    /// A target: its number in 序号 and its name in 名称 (the Wuzhong layout), or, under a group's merged 名称
    /// (主要预期目标), its number at the start of its text (1. …) and its name the words before what it measures.
    /// </summary>
    private static TargetDraft ReadTarget(PlanTextRow row, Parsers names, bool underGroup)
    {
        var text = CollapseSpaces(row.Cells[PlanTextRow.TextColumn]);
        int number;
        string name;
        if (TaskNumber().Match(text) is { Success: true } numbered)
        {
            number = int.Parse(numbered.Groups["number"].Value, CultureInfo.InvariantCulture);
            text = CollapseSpaces(numbered.Groups["text"].Value);
            name = underGroup || row.Cells[PlanTextRow.NameColumn].Trim().Length == 0 ? TargetName(text) : CollapseSpaces(row.Cells[PlanTextRow.NameColumn]);
        }
        else
        {
            number = ParseNumber(row.Cells[PlanTextRow.NumberColumn], row.Line, "a target without a number in 序号 or at the start of its text");
            name = underGroup ? TargetName(text) : CollapseSpaces(row.Cells[PlanTextRow.NameColumn]);
        }
        if (name.Length == 0 || text.Length == 0)
        {
            throw new PlanImportException(row.Line, $"target {number} has an empty 名称 or 工作任务");
        }
        var units = names.Departments.Parse(row.Cells[PlanTextRow.DepartmentsColumn], row.Line, DepartmentsColumn);
        var districts = names.Districts.Parse(row.Cells[PlanTextRow.DistrictsColumn], row.Line, DistrictsColumn).ToList();
        districts.AddRange(units.Where(u => u.IsDistrict && districts.All(d => d.Name != u.Name)));
        return new TargetDraft(row.Line, number, name, text, units.Where(n => !n.IsDistrict).ToList(),
            names.Leaders.Parse(row.Cells[PlanTextRow.LeadersColumn], row.Line, LeadersColumn)) { Districts = districts };
    }

    /// <summary>What a target measures: its words before how it is to change (地区生产总值增长6%左右 → 地区生产总值).</summary>
    private static string TargetName(string text)
    {
        var end = TargetMeasure().Match(text);
        var name = (end.Success && end.Index > 0 ? text[..end.Index] : text).Trim(' ', '，', '、');
        return name.Length <= 30 ? name : name[..30];
    }

    /// <summary>A row holds one task, or several side by side (HTML &lt;p&gt; fragments): split them.</summary>
    private IEnumerable<TaskRow> ReadTaskRows(PlanTextRow row, ImportReport report)
    {
        var textCell = row.Cells[PlanTextRow.TextColumn];
        // Tables that number the task in 序号 (its text unnumbered) name its group in 名称 alone.
        var numberedInText = TaskNumber().IsMatch(StripMarkup(textCell).Trim());
        var numberCell = row.Cells[PlanTextRow.NumberColumn].Trim();
        if (!numberedInText && !_numbersInText && int.TryParse(numberCell, NumberStyles.None, CultureInfo.InvariantCulture, out var numberInCell))
        {
            textCell = $"({numberInCell}) {textCell}";
            numberCell = "";
        }
        var label = ReadGroupLabel(row, numberCell);
        var fragments = new List<string> { textCell };
        if (Markup().IsMatch(textCell))
        {
            var paragraphs = Paragraph().Matches(textCell).Select(m => m.Groups["text"].Value).ToList();
            fragments = paragraphs.Count > 0 ? paragraphs : [StripMarkup(textCell)];
            report.Add(row.Line, CorrectionKind.MarkupRemoved, "HTML fragments removed from the 工作任务 cell");
        }

        var tasks = fragments.Select(f => ParseTaskText(f, row.Line)).ToList();
        var departments = SplitForTasks(row.Cells[PlanTextRow.DepartmentsColumn], tasks.Count, row.Line, DepartmentsColumn);
        var districts = SplitForTasks(row.Cells[PlanTextRow.DistrictsColumn], tasks.Count, row.Line, DistrictsColumn);
        var leaders = SplitForTasks(row.Cells[PlanTextRow.LeadersColumn], tasks.Count, row.Line, LeadersColumn);
        if (tasks.Count > 1)
        {
            report.Add(row.Line, CorrectionKind.RowSplit,
                $"tasks {string.Join(" and ", tasks.Select(t => $"({t.Number})"))} shared one row; split with their departments, districts and leaders");
        }

        return tasks.Select((task, i) => new TaskRow(row.Line, row.StartsPage, i == 0 ? label : null,
            task.Number, task.Text, departments[i], districts[i], leaders[i]));
    }

    private bool _numbersInText;

    /// <summary>Group numbers made up for groups published without one, in the order they stand.</summary>
    private readonly List<string> _unnumberedGroups = [];

    private GroupLabel? ReadGroupLabel(PlanTextRow row, string number)
    {
        var name = CollapseSpaces(row.Cells[PlanTextRow.NameColumn]);
        if (number.Length == 0 && name.Length == 0)
        {
            return null;
        }
        if (name.Length == 0)
        {
            throw new PlanImportException(row.Line, $"group {number} has no 名称");
        }
        if (number.Length == 0)
        {
            // Published without a number: numbered in order; the same name again (a merged cell repeated at a page
            // break) is the same group.
            if (_unnumberedGroups.Count == 0 || _unnumberedGroups[^1] != name)
            {
                _unnumberedGroups.Add(name);
            }
            return new GroupLabel(_unnumberedGroups.Count, name);
        }
        return new GroupLabel(ParseNumber(number, row.Line, $"group \"{name}\" has no number in 序号"), name);
    }

    private static (int Number, string Text) ParseTaskText(string fragment, int line)
    {
        var match = TaskNumber().Match(fragment.Trim());
        if (!match.Success)
        {
            var start = fragment.Trim();
            throw new PlanImportException(line,
                $"a task without a number: the 工作任务 cell must begin with its number (\"(n)\", \"n.\" or \"n、\"), or 序号 hold it; found \"{start[..Math.Min(20, start.Length)]}…\"");
        }
        var text = CollapseSpaces(match.Groups["text"].Value);
        if (text.Length == 0)
        {
            throw new PlanImportException(line, $"task ({match.Groups["number"].Value}) has no text");
        }
        return (int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture), text);
    }

    /// <summary>
    /// When several tasks share a row, each other cell holds their values side by side, separated by spaces
    /// ("★卫健委 ★教育局"): one part per task, or the row cannot be read.
    /// </summary>
    private static string[] SplitForTasks(string cell, int taskCount, int line, string column)
    {
        if (taskCount == 1)
        {
            return [cell];
        }
        var parts = Spaces().Split(cell.Trim());
        if (parts.Length != taskCount)
        {
            throw new PlanImportException(line,
                $"the row holds {taskCount} tasks but its {column} cell \"{cell}\" does not split into {taskCount} parts");
        }
        return parts;
    }

    private static IReadOnlyList<SectionDraft> BuildSections(List<SectionRows> sections, Parsers names, ImportReport report, int continuesFrom)
    {
        var drafts = new List<SectionDraft>();
        var scope = 0;
        var lastTask = new Dictionary<int, (int Number, int Line)>();
        var lastGroup = 0;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Rows.Count == 0)
            {
                throw new PlanImportException(section.Line, $"section \"{section.Title}\" holds no task");
            }

            // A section whose first task is (1) starts a numbering of its own (打好三场硬仗 numbers (1)–(8));
            // otherwise it continues the numbering of the section before it.
            if (scope == 0 || section.Rows[0].Number == 1)
            {
                scope++;
                lastTask.Clear();
                lastGroup = 0;
            }

            var groups = AssignGroups(section, names, report);
            foreach (var group in groups)
            {
                if (group.Number != lastGroup + 1)
                {
                    report.Add(group.Line, CorrectionKind.NumberingGap, $"group {group.Number} follows group {lastGroup}; kept as published");
                }
                lastGroup = group.Number;
                foreach (var task in group.Tasks)
                {
                    CheckTaskNumber(task, lastTask, report, scope == 1 ? continuesFrom : 0);
                }
            }
            drafts.Add(new SectionDraft(section.Line, i + 1, section.Title, scope, groups));
        }
        return drafts;
    }

    private static void CheckTaskNumber(TaskDraft task, Dictionary<int, (int Number, int Line)> seen, ImportReport report, int numberedFrom)
    {
        if (seen.TryGetValue(task.Number, out var earlier))
        {
            throw new PlanImportException(task.Line, $"task ({task.Number}) appears twice in one numbering (lines {earlier.Line} and {task.Line})");
        }
        var previous = seen.Count == 0 ? numberedFrom : seen.Values.Max(v => v.Number);
        if (task.Number != previous + 1)
        {
            report.Add(task.Line, CorrectionKind.NumberingGap, $"task ({task.Number}) follows task ({previous}); kept as published");
        }
        seen[task.Number] = (task.Number, task.Line);
    }

    /// <summary>
    /// Settles each task's group. A group's merged cell that spans a page break may be repeated on the next
    /// page (ignore the repeat), or land at the top of the page on a task that still belongs to the previous
    /// group, while the true start of the group comes later in the same page (move those tasks back).
    /// </summary>
    private static List<GroupDraft> AssignGroups(SectionRows section, Parsers names, ImportReport report)
    {
        var rows = section.Rows;
        var labels = rows.Select(r => r.Label).ToArray();

        for (var i = 0; i < rows.Count; i++)
        {
            while (labels[i] is { } label && NextLabel(labels, i) is { } j && labels[j]!.Number == label.Number)
            {
                if (labels[j]!.Name != label.Name)
                {
                    throw new PlanImportException(rows[j].Line,
                        $"group {label.Number} is named \"{label.Name}\" on line {rows[i].Line} and \"{labels[j]!.Name}\" here");
                }
                var hasGroupBefore = labels.Take(i).Any(l => l is not null);
                if (rows[i].StartsPage && !rows[j].StartsPage && hasGroupBefore)
                {
                    var previous = labels.Take(i).Last(l => l is not null)!;
                    report.Add(rows[i].Line, CorrectionKind.GroupCellMisplaced,
                        $"the cell of group {label.Number} {label.Name} stood on task ({rows[i].Number}) at the top of a page, but the group starts at task ({rows[j].Number}); " +
                        $"tasks ({rows[i].Number})–({rows[j - 1].Number}) stay in group {previous.Number} {previous.Name}");
                    labels[i] = null;
                }
                else
                {
                    report.Add(rows[j].Line, CorrectionKind.GroupCellRepeated,
                        $"the cell of group {label.Number} {label.Name} is repeated on task ({rows[j].Number}); ignored");
                    labels[j] = null;
                }
            }
        }

        var groups = new List<(int Line, GroupLabel Label, List<TaskDraft> Tasks)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (labels[i] is { } label)
            {
                groups.Add((row.Line, label, []));
            }
            else if (groups.Count == 0)
            {
                throw new PlanImportException(row.Line, $"task ({row.Number}) belongs to no group: its section \"{section.Title}\" names no group before it");
            }
            var units = names.Departments.Parse(row.Departments, row.Line, DepartmentsColumn);
            var districts = names.Districts.Parse(row.Districts, row.Line, DistrictsColumn).ToList();
            districts.AddRange(units.Where(u => u.IsDistrict && districts.All(d => d.Name != u.Name)));
            groups[^1].Tasks.Add(new TaskDraft(row.Line, row.Number, row.Text,
                units.Where(u => !u.IsDistrict).ToList(), districts, names.Leaders.Parse(row.Leaders, row.Line, LeadersColumn)));
        }
        return groups.Select(g => new GroupDraft(g.Line, g.Label.Number, g.Label.Name, g.Tasks)).ToList();
    }

    private static int? NextLabel(GroupLabel?[] labels, int after)
    {
        for (var j = after + 1; j < labels.Length; j++)
        {
            if (labels[j] is not null)
            {
                return j;
            }
        }
        return null;
    }

    private static void CheckTargetNumbers(List<TargetDraft> targets, ImportReport report)
    {
        var seen = new Dictionary<int, int>();
        var previous = 0;
        foreach (var target in targets)
        {
            if (!seen.TryAdd(target.Number, target.Line))
            {
                throw new PlanImportException(target.Line, $"target {target.Number} appears twice (lines {seen[target.Number]} and {target.Line})");
            }
            if (target.Number != previous + 1)
            {
                report.Add(target.Line, CorrectionKind.NumberingGap, $"target {target.Number} follows target {previous}; kept as published");
            }
            previous = target.Number;
        }
    }

    private static int ParseNumber(string cell, int line, string whenMissing) =>
        int.TryParse(cell.Trim().TrimEnd('.', '．', '、'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number
        : ChineseNumber(cell.Trim().TrimEnd('、', '.', '．')) is { } chinese ? chinese
        : throw new PlanImportException(line, cell.Trim().Length == 0 ? whenMissing : $"\"{cell.Trim()}\" is not a number ({whenMissing})");

    /// <summary>一 … 九十九, as groups are numbered in some plans' 序号.</summary>
    private static int? ChineseNumber(string text)
    {
        const string Digits = "一二三四五六七八九";
        if (text.Length is 0 or > 3)
        {
            return null;
        }
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 && Digits.IndexOf(text[0]) is var d and >= 0 ? d + 1 : null;
        }
        var tens = ten == 0 ? 1 : ten == 1 && Digits.IndexOf(text[0]) is var t and >= 0 ? t + 1 : -1;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 && Digits.IndexOf(text[^1]) is var o and >= 0 ? o + 1 : -1;
        return tens < 0 || ones < 0 ? null : tens * 10 + ones;
    }

    private static string CollapseSpaces(string text) => Spaces().Replace(text.Trim(), " ");

    private static string StripMarkup(string text) => Markup().Replace(text, " ").Trim();

    /// <summary>A number as plans print it before a task or target: (12), （12）, 12. 12． 12、 (not 2.5, a quantity).</summary>
    [GeneratedRegex(@"^(?:[(（]\s*(?<number>\d+)\s*[)）]|(?<number>\d+)\s*(?:[.．](?!\d)|、))\s*(?<text>.*)$", RegexOptions.Singleline)]
    private static partial Regex TaskNumber();

    [GeneratedRegex(@"增长|增幅|提高|提升|下降|降低|减少|达到|达|超过|超|突破|保持|控制在|不低于|不超过|稳定在|完成|实现|\d")]
    private static partial Regex TargetMeasure();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、\s*(?<title>.+)$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"</?\s*[a-zA-Z][^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"<p[^>]*>(?<text>.*?)(</p>|(?=<p)|$)", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
