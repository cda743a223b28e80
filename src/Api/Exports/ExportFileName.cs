using System.Text;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace Wuzhong.Api.Exports;

/// <summary>
/// The name an export's file is saved under: the question (the operation's name, else its tables) and the period it
/// is about (the first "YYYY-MM" among the variables, else in the query), else the day it was taken:
/// <c>SupervisionDashboard_2023-06.xlsx</c>, <c>tasks_2026-12-03.csv</c>. Sent as RFC 6266 <c>Content-Disposition</c>,
/// with an ASCII fallback and the UTF-8 name (<c>filename*</c>) for names in Chinese.
/// </summary>
public static partial class ExportFileName
{
    private const int MaxQuestionLength = 80;

    [GeneratedRegex(@"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b")]
    private static partial Regex Period();

    public static string For(GraphQLRequest? request, string? operationName, IReadOnlyList<ExportTable> tables, DateOnly today, string extension)
    {
        var question = operationName ?? string.Join('+', tables.Select(t => t.Name));
        question = Safe(question.Length > MaxQuestionLength ? question[..MaxQuestionLength] : question);
        var period = PeriodIn(request?.Variables) ?? (request?.Query is { } query ? Period().Match(query) is { Success: true } m ? m.Value : null : null);
        return $"{question}_{period ?? today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.{extension}";
    }

    /// <summary>The header's value: the name itself (UTF-8, <c>filename*</c>) and an ASCII fallback for old clients.</summary>
    public static string ContentDisposition(string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(fileName);
        return header.ToString();
    }

    private static string? PeriodIn(object? value) => value switch
    {
        string text => Period().Match(text) is { Success: true } match ? match.Value : null,
        Inputs inputs => inputs.Values.Select(PeriodIn).FirstOrDefault(p => p is not null),
        IDictionary<string, object?> map => map.Values.Select(PeriodIn).FirstOrDefault(p => p is not null),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(PeriodIn).FirstOrDefault(p => p is not null),
        _ => null,
    };

    /// <summary>Letters, digits and - _ + kept (Chinese included); anything a file system or a header may refuse becomes _.</summary>
    private static string Safe(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '+' ? c : '_');
        }
        return safe.Length == 0 ? "export" : safe.ToString();
    }
}
