using Wuzhong.Domain.Common;

namespace Wuzhong.Domain.Reporting;

/// <summary>
/// The rules a progress report must follow, apart from who may send it (that is the caller's part):
/// the period is open and not in the future, the status is a reported one, percent in 0–100, COMPLETED means 100,
/// the summary is given, storable text and not too long; figures fit what every database keeps. Every rule that fails is returned, not only the first.
/// </summary>
public static class ReportingRules
{
    public const int DefaultMaxSummaryLength = 2000;

    public static IReadOnlyList<RuleViolation> CheckPeriod(ReportPeriod period, ReportingCalendar calendar, DateTimeOffset now)
    {
        if (period.IsClosed)
        {
            return [new(ReportingErrorCodes.PeriodClosed, $"The period {period.Label} is closed: it takes no more reports.", "period")];
        }
        if (now < calendar.OpensAt(period))
        {
            return [new(ReportingErrorCodes.PeriodNotOpen, $"The period {period.Label} opens on {calendar.OpensAt(period):yyyy-MM-dd}; it cannot be reported yet.", "period")];
        }
        return [];
    }

    /// <summary>
    /// A plan is followed month by month through its own year: a report for another year's period would stand as the
    /// task's latest standing and take it off the overdue lists of its own year.
    /// </summary>
    public static IReadOnlyList<RuleViolation> CheckPlanYear(ReportPeriod period, int planYear, string subject) =>
        period.Year == planYear ? [] :
        [new(ReportingErrorCodes.PeriodNotInPlan,
            $"The period {period.Label} is not in this {subject}'s plan year {planYear}; report for a period of {planYear} (such as {ReportPeriod.FormatLabel(planYear, 1)}).",
            "period")];

    public static IReadOnlyList<RuleViolation> CheckProgress(ReportSubmission submission, int maxSummaryLength = DefaultMaxSummaryLength)
    {
        var violations = new List<RuleViolation>();
        if (submission.Status == TaskProgressStatus.NotReported)
        {
            violations.Add(new(ReportingErrorCodes.InvalidStatus, "NOT_REPORTED is not a status a report can give.", "status"));
        }
        if (submission.ProgressPercent is < 0 or > 100)
        {
            violations.Add(new(ReportingErrorCodes.OutOfRange, $"progressPercent is {submission.ProgressPercent}; it must be 0–100.", "progressPercent"));
        }
        else if (submission.Status == TaskProgressStatus.Completed && submission.ProgressPercent != 100)
        {
            violations.Add(new(ReportingErrorCodes.CompletedNeeds100, $"A COMPLETED task is 100% done, not {submission.ProgressPercent}%.", "progressPercent"));
        }
        if (submission.QuantityReached < 0)
        {
            violations.Add(new(ReportingErrorCodes.OutOfRange, "quantityReached cannot be negative.", "quantityReached"));
        }
        else if (submission.QuantityReached is { } quantity)
        {
            violations.AddRange(CheckFigure(quantity, "quantityReached"));
        }
        violations.AddRange(CheckSummary(submission.Summary, maxSummaryLength));
        return violations;
    }

    /// <summary>A reported figure (a quantity, a target's actual value) is kept exactly: below 10^14, at most four decimal places, fifteen digits.</summary>
    public static IEnumerable<RuleViolation> CheckFigure(decimal value, string field)
    {
        if (!StoredValues.IsStorableDecimal(value))
        {
            yield return new(ReportingErrorCodes.OutOfRange,
                $"{field} is {value}; figures are kept below 10^14 in magnitude with at most {StoredValues.DecimalScale} decimal places "
                + $"and {StoredValues.SignificantDigits} significant digits (what a JavaScript number keeps exactly).", field);
        }
    }

    /// <summary>
    /// A summary as it is kept: ASCII spaces and line breaks around it dropped (a pasted trailing newline), but an
    /// ideographic space (U+3000) kept, since a Chinese paragraph is indented with two of them.
    /// </summary>
    public static string TrimOuterSpace(string text) => text.Trim(' ', '\t', '\r', '\n');

    public static IEnumerable<RuleViolation> CheckSummary(string summary, int maxSummaryLength = DefaultMaxSummaryLength, string field = "summary")
    {
        if (!StoredValues.IsStorableText(summary))
        {
            yield return new(ReportingErrorCodes.InvalidText, "The summary holds a NUL character or a broken surrogate pair: send plain text.", field);
            yield break;
        }
        var kept = TrimOuterSpace(summary);
        var length = CountCharacters(kept);
        if (string.IsNullOrWhiteSpace(summary))
        {
            yield return new(ReportingErrorCodes.SummaryEmpty, "The summary is empty: say what was done this month.", field);
        }
        else if (length > maxSummaryLength)
        {
            yield return new(ReportingErrorCodes.SummaryTooLong, $"The summary has {length} characters; at most {maxSummaryLength} are kept.", field);
        }
        else if (kept.Length > maxSummaryLength * MaxCodeUnitsPerCharacter)
        {
            // One "character" can be a long emoji sequence or a letter under a thousand combining marks: the count a
            // person makes bounds what a reader sees, this one bounds what is stored.
            yield return new(ReportingErrorCodes.SummaryTooLong,
                $"The summary takes {kept.Length} UTF-16 code units; at most {maxSummaryLength * MaxCodeUnitsPerCharacter} are kept " +
                "(emoji sequences and stacked combining marks count several each).", field);
        }
    }

    /// <summary>How many UTF-16 code units a summary may take on average per character it is allowed.</summary>
    public const int MaxCodeUnitsPerCharacter = 4;

    /// <summary>
    /// Characters as a person counts them (text elements: an emoji, a flag or a letter with its accents is one), not
    /// UTF-16 code units: a summary of 1,001 emoji has 1,001 characters, not 2,002.
    /// </summary>
    public static int CountCharacters(string text) => new System.Globalization.StringInfo(text).LengthInTextElements;

    /// <summary>Reads "2023-03" (also "2023-3"); null when it is not a month.</summary>
    public static (int Year, int Month)? ParsePeriodLabel(string label)
    {
        var parts = label.Trim().Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month)
            && year is >= 2000 and <= 2100 && month is >= 1 and <= 12
            ? (year, month)
            : null;
    }
}
