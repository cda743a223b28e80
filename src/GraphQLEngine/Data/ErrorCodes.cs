namespace Wuzhong.GraphQLEngine.Data;

/// <summary>The <c>extensions.code</c> values this API gives its own errors; clients may switch on them.</summary>
public static class ErrorCodes
{
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidId = "INVALID_ID";
    public const string InvalidFilter = "INVALID_FILTER";
}
