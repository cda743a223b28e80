using System.Text.RegularExpressions;
using Wuzhong.Infrastructure.Import.Documents;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// Reads a plan published as a list, without a table: numbered items under part (一、) and group ((一)) headings, each
/// item's responsibilities either in brackets at its end — "…。（责任领导：周学斌；牵头单位：发改委；责任单位：金庭镇）" —
/// or on the lines after it ("牵头单位：发改委", "责任单位：…", "责任领导：…"). It writes the rows a table would have
/// held, for <see cref="PlanAssembler"/>: a part heading as a heading row, a group's heading as the 序号 and 名称 of its
/// first item, an unnumbered sub-heading as a section heading.
/// </summary>
public static partial class ListLayoutReader
{
    private enum Role { Leaders, Lead, Supporting }

    /// <summary>The rows of a list plan, and the notice before its first heading or item; null when the document holds no list item with responsibilities.</summary>
    public static (List<(int Line, string Text)> Notice, List<PlanTextRow> Rows)? Read(PlanDocument document)
    {
        var paragraphs = document.Blocks.Select(b => b is DocumentParagraph p ? (b.Line, p.Text)
            : (b.Line, string.Join(" ", ((DocumentRow)b).Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0)))).ToList();
        if (!paragraphs.Any(p => Responsibilities().IsMatch(p.Item2) || IsResponsibilityLine(p.Item2)))
        {
            return null;
        }

        var notice = new List<(int Line, string Text)>();
        var rows = new List<string[]>();
        var lines = new List<int>();
        (string Number, string Name)? pendingGroup = null;
        var started = false;
        var itemOpen = false;

        foreach (var (line, raw) in paragraphs)
        {
            var text = raw.Trim();
            if (PartHeading().IsMatch(text))
            {
                started = true;
                itemOpen = false;
                rows.Add([text, "", "", "", "", ""]);
                lines.Add(line);
                continue;
            }
            if (!started && !Item().IsMatch(text))
            {
                notice.Add((line, text));
                continue;
            }
            started = true;
            if (GroupHeading().Match(text) is { Success: true } group)
            {
                pendingGroup = (group.Groups["number"].Value, group.Groups["name"].Value.Trim());
                itemOpen = false;
                continue;
            }
            if (itemOpen && IsResponsibilityLine(text) && KeyValue().Match(text) is var following)
            {
                Assign(rows[^1], following.Groups["key"].Value, following.Groups["names"].Value);
                continue;
            }
            if (Item().IsMatch(text))
            {
                var row = new string[6];
                Array.Fill(row, "");
                if (Responsibilities().Match(text) is { Success: true } bracket)
                {
                    foreach (var part in bracket.Groups["list"].Value.Split(['；', ';']))
                    {
                        if (KeyValue().Match(part.Trim()) is { Success: true } pair)
                        {
                            Assign(row, pair.Groups["key"].Value, pair.Groups["names"].Value);
                        }
                    }
                    text = text[..bracket.Index].TrimEnd();
                }
                row[PlanTextRow.TextColumn] = text;
                if (pendingGroup is { } label)
                {
                    (row[PlanTextRow.NumberColumn], row[PlanTextRow.NameColumn]) = label;
                    pendingGroup = null;
                }
                rows.Add(row);
                lines.Add(line);
                itemOpen = true;
                continue;
            }
            if (itemOpen && !LooksLikeHeading(text))
            {
                // An item's text that runs on in a paragraph of its own.
                rows[^1][PlanTextRow.TextColumn] += text;
                continue;
            }
            // An unnumbered sub-heading (打好三场硬仗): a section of its own.
            rows.Add([text, "", "", "", "", ""]);
            lines.Add(line);
            itemOpen = false;
        }

        return (notice, rows.Select((cells, i) => new PlanTextRow(lines[i], cells, false)).ToList());
    }

    private static void Assign(string[] row, string key, string names)
    {
        var role = key switch
        {
            "责任领导" or "分管领导" or "牵头领导" or "分管区领导" or "责任区领导" => Role.Leaders,
            "牵头单位" or "牵头部门" or "主办单位" => Role.Lead,
            _ => Role.Supporting,
        };
        names = names.Trim().TrimEnd('。', '；', ';');
        switch (role)
        {
            case Role.Leaders:
                row[PlanTextRow.LeadersColumn] = Join(row[PlanTextRow.LeadersColumn], names);
                break;
            case Role.Lead:
                row[PlanTextRow.DepartmentsColumn] = Join(row[PlanTextRow.DepartmentsColumn],
                    string.Join("、", Separators().Split(names).Where(n => n.Trim().Length > 0).Select(n => "★" + n.Trim().TrimStart('★'))));
                break;
            default:
                row[PlanTextRow.DepartmentsColumn] = Join(row[PlanTextRow.DepartmentsColumn], names);
                break;
        }
    }

    private static string Join(string left, string right) => left.Length == 0 ? right : right.Length == 0 ? left : left + "、" + right;

    /// <summary>A short line without the punctuation that ends a sentence: a heading, not running text.</summary>
    private static bool LooksLikeHeading(string text) => text.Length <= 30 && !text.EndsWith('。') && !text.EndsWith('；') && !text.Contains('，');

    private const string Keys = "责任领导|分管区领导|分管领导|牵头领导|责任区领导|牵头单位|牵头部门|主办单位|责任单位|配合单位|责任部门|协办单位";

    [GeneratedRegex(@"[(（](?<list>(?:" + Keys + @")\s*[:：][^()（）]*)[)）]\s*[。；;]?\s*$")]
    private static partial Regex Responsibilities();

    /// <summary>牵头单位：…, 责任领导：… (in brackets, its names may be empty).</summary>
    [GeneratedRegex(@"^(?<key>" + Keys + @")\s*[:：]\s*(?<names>.*)$")]
    private static partial Regex KeyValue();

    /// <summary>A line of its own that gives an item's responsibilities: a key and names.</summary>
    private static bool IsResponsibilityLine(string text) => KeyValue().Match(text) is { Success: true } m && m.Groups["names"].Value.Trim().Length > 0;

    [GeneratedRegex(@"^(?:[(（]\s*\d+\s*[)）]|\d+\s*(?:[.．](?!\d)|、))")]
    private static partial Regex Item();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^[(（](?<number>[一二三四五六七八九十]+)[)）]\s*(?<name>.+)$")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"[、，,；;\s]+")]
    private static partial Regex Separators();
}
