using System.Globalization;
using System.Text.RegularExpressions;

namespace Wuzhong.Domain.Goals;

/// <summary>
/// Reads the quantities a text states: a number with a unit of measure, the words before it that say what is
/// measured and how (超, 达, 突破, 控制在, 不超过), and after it (以上, 左右, 以内, 以下). Numbers that are names rather than quantities
/// (轨道7号线, “3+3+3”, PM2.5, 360 剧场) are not goals; any other number it cannot read is returned as unread.
/// </summary>
public static partial class GoalExtractor
{
    public sealed record ExtractedGoal(int Number, string Name, decimal Value, string Unit, GoalComparison Comparison, string Text);

    public sealed record Extraction(IReadOnlyList<ExtractedGoal> Goals, IReadOnlyList<string> Unread);

    /// <summary>Longest first, so that 万平方米 wins over 平方米 and 亿美元 over 亿元.</summary>
    private static readonly string[] Units =
    [
        "万吨标准煤", "吨标准煤", "平方公里", "万平方米", "万立方米", "平方米", "立方米", "亿美元", "万美元", "万人次", "万千瓦",
        "亿元", "万元", "万亩", "万人", "万吨", "万户", "万套", "人次", "公里", "公顷", "千米", "兆瓦", "千瓦",
        "%", "‰", "个", "家", "座", "条", "亩", "人", "套", "户", "件", "栋", "所", "辆", "项", "处", "台", "名", "场", "次", "吨", "米",
    ];

    public static Extraction Extract(string text)
    {
        var goals = new List<ExtractedGoal>();
        var unread = new List<string>();
        foreach (Match match in Quantity().Matches(text))
        {
            var number = match.Groups["number"];
            var after = text[(number.Index + number.Length)..].TrimStart();
            var unit = Units.FirstOrDefault(u => after.StartsWith(u, StringComparison.Ordinal));
            if (IsIdentifier(text, number.Index, number.Length, after))
            {
                continue;
            }
            if (unit is null)
            {
                unread.Add(Around(text, number.Index, number.Length));
                continue;
            }

            var clauseStart = ClauseStart(text, number.Index);
            var before = text[clauseStart..number.Index].Trim();
            var (name, comparison) = ReadBefore(before);
            var rest = after[unit.Length..];
            var trimmed = rest.TrimStart();
            var suffix = trimmed.StartsWith("以上", StringComparison.Ordinal) ? GoalComparison.AtLeast
                : trimmed.StartsWith("左右", StringComparison.Ordinal) ? GoalComparison.About
                : trimmed.StartsWith("以内", StringComparison.Ordinal) || trimmed.StartsWith("以下", StringComparison.Ordinal) ? GoalComparison.AtMost
                : (GoalComparison?)null;
            comparison = suffix ?? comparison;
            // The goal's words end after the unit, and after 以上 or 左右 when one follows it (a space may stand between).
            var end = suffix is null ? text.Length - rest.Length : text.Length - trimmed.Length + 2;
            goals.Add(new ExtractedGoal(goals.Count + 1, name.Length > 0 ? name : unit, decimal.Parse(number.Value, CultureInfo.InvariantCulture),
                unit, comparison, text[clauseStart..end].Trim()));
        }
        return new Extraction(goals, unread);
    }

    /// <summary>Numbers that name things: 7号线, 3+3+3, PM2.5, V类, 1号公路, 二期, 360 剧场 (a number glued to a name).</summary>
    private static bool IsIdentifier(string text, int index, int length, string after) =>
        after.StartsWith('号') || after.StartsWith('+') || after.StartsWith('类') || after.StartsWith('期')
        || after.StartsWith("年") || after.StartsWith("月") || after.StartsWith("日") || after.StartsWith('·')
        || (index > 0 && (char.IsAsciiLetter(text[index - 1]) || text[index - 1] is '+' or '“' or '"'))
        || (index + length < text.Length && text[index + length] is '+' or '”');

    private static (string Name, GoalComparison Comparison) ReadBefore(string before)
    {
        // Longest first: 不超过 before 超过 before 超.
        foreach (var (word, comparison) in new[] { ("不低于", GoalComparison.AtLeast), ("不超过", GoalComparison.AtMost), ("不高于", GoalComparison.AtMost),
            ("控制在", GoalComparison.AtMost), ("超过", GoalComparison.Over), ("突破", GoalComparison.Over), ("达到", GoalComparison.Reach),
            ("超", GoalComparison.Over), ("达", GoalComparison.Reach) })
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return (before[..^word.Length].Trim(), comparison);
            }
        }
        return (before, GoalComparison.Reach);
    }

    /// <summary>Where the clause holding the number starts: after the last 、，；。 or a closing quote before it.</summary>
    private static int ClauseStart(string text, int index)
    {
        var start = text.LastIndexOfAny(['、', '，', '；', '。', ',', '：', '”'], Math.Max(0, index - 1));
        return start < 0 ? 0 : start + 1;
    }

    private static string Around(string text, int index, int length)
    {
        var from = Math.Max(0, index - 6);
        var to = Math.Min(text.Length, index + length + 6);
        return text[from..to];
    }

    [GeneratedRegex(@"(?<number>\d+(?:\.\d+)?)")]
    private static partial Regex Quantity();
}
