using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Wuzhong.GraphQLEngine.Data;

/// <summary>
/// The Relay paging arguments (first/after/last/before) of every connection, checked while the document is
/// validated, so that a bad page size or cursor is refused before any SQL runs.
/// </summary>
public static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field,
        Action<FieldArgumentsValidationContext>? alsoValidate = null) =>
        field
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .ValidateArguments(context =>
            {
                Validate(context);
                alsoValidate?.Invoke(context);
            });

    public static PageRequest Read(IResolveFieldContext context)
    {
        var options = context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = ReadCursor(context.GetArgument<string?>("after"));
        var before = ReadCursor(context.GetArgument<string?>("before"));
        if (first is null && last is null)
        {
            // A table of its own (no list index on its path) takes the whole-table page of an export.
            first = TablePaging.Of(context.UserContext) is { } tables && !context.Path.Any(segment => segment is int)
                ? tables.PageSize
                : options.DefaultPageSize;
        }
        return new PageRequest(first, after, last, before);
    }

    private static Cursor? ReadCursor(string? text) =>
        text is null ? null
        : Cursor.TryDecode(text, out var cursor) ? cursor
        : throw KeysetPaging.InvalidCursor("it is not a cursor this API issued");

    private static void Validate(FieldArgumentsValidationContext context)
    {
        var options = context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var field = context.FieldDefinition.Name;
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");

        if (first is not null && last is not null)
        {
            Report(context, ErrorCodes.InvalidPagingArguments, $"{field}: give first or last, not both.");
        }
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0)
            {
                Report(context, ErrorCodes.InvalidPagingArguments, $"{field}.{name}: {value} is negative; a page size is 0 or more.");
            }
            else if (value > options.MaxPageSize)
            {
                Report(context, ErrorCodes.PageSizeTooLarge,
                    $"{field}.{name}: {value} is more than the maximum page size of {options.MaxPageSize}; page through with after/before instead.");
            }
        }
        foreach (var name in new[] { "after", "before" })
        {
            if (context.GetArgument<string?>(name) is { } cursor && !Cursor.TryDecode(cursor, out _))
            {
                Report(context, ErrorCodes.InvalidCursor, $"{field}.{name}: \"{cursor}\" is not a cursor this API issued.");
            }
        }
    }

    internal static void Report(FieldArgumentsValidationContext context, string code, string message) =>
        context.ReportError(new ValidationError(message) { Code = code });
}
