using System.Collections.Concurrent;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace Wuzhong.Api.GraphQL.Validation;

/// <summary>
/// Validates a document in full the first time its text is seen and, once it passed, only with the rules that depend on
/// more than the text: the values of its variables (argument validators, input lengths), the caller (authorization),
/// and the cost and limits of this request. Dashboards send the same few documents again and again; the rules of the
/// specification gave the same answer every time and cost a quarter of a small query's time (docs/benchmarks.md).
/// </summary>
/// <remarks>The schema is built once per process, so a document's text decides the static rules' answer. The set of
/// known documents is bounded; a document past the bound is validated in full every time.</remarks>
public sealed class KnownDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    public const int MaxKnownDocuments = 2048;

    private readonly ConcurrentDictionary<string, bool> _valid = new(StringComparer.Ordinal);

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var key = Key(options);
        if (key is null || !_valid.ContainsKey(key))
        {
            return ValidateInFullAsync(options, key);
        }
        var dynamicRules = (options.Rules ?? DocumentValidator.CoreRules).Where(DependsOnMoreThanTheText).ToList();
        return inner.ValidateAsync(new ValidationOptions(options.Schema, options.Document, dynamicRules, options.UserContext, options.Metrics,
            options.Variables, options.Extensions, options.Operation, options.RequestServices, options.User, options.CancellationToken));
    }

    private async Task<IValidationResult> ValidateInFullAsync(ValidationOptions options, string? key)
    {
        var result = await inner.ValidateAsync(options);
        if (result.IsValid && key is not null && _valid.Count < MaxKnownDocuments)
        {
            _valid.TryAdd(key, true);
        }
        return result;
    }

    /// <summary>The rules of the specification look at the text alone, except those that read variables' values.</summary>
    private static bool DependsOnMoreThanTheText(IValidationRule rule) =>
        !DocumentValidator.CoreRules.Contains(rule) || rule is FieldArgumentsAreValidRule or InputFieldsAndArgumentsOfCorrectLength;

    /// <summary>A digest of the operation's name and the document's text: the set holds no documents, only their digests.</summary>
    private static string? Key(in ValidationOptions options) =>
        options.Document.Source.IsEmpty ? null : Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{options.Operation?.Name?.StringValue}\n{options.Document.Source}")));
}
