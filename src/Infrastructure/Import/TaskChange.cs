using Wuzhong.Infrastructure.Auditing;

namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// One task a re-import changed: its number before (<see cref="From"/>, null for an added task) and after (<see cref="To"/>,
/// null for a removed or withdrawn one), the document line (0 for a task no longer in it), and its reports.
/// </summary>
public sealed record TaskChange(TaskChangeKind Kind, int? From, int? To, int Line, string Text, int Reports)
{
    public override string ToString()
    {
        var numbers = (From, To) switch
        {
            (null, { } to) => $"({to})",
            ({ } from, null) => $"({from})",
            ({ } from, { } to) when from != to => $"({from}) → ({to})",
            (_, var to) => $"({to})",
        };
        var reports = Reports > 0 ? $", {Reports} report{(Reports == 1 ? "" : "s")} kept" : "";
        var text = AuditText.Clip(Text, 31);
        return $"{(Line > 0 ? $"line {Line,4}" : "         ")}  {Kind,-11} {numbers} {text}{reports}";
    }
}
