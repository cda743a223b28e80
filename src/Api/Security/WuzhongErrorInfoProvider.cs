using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;

namespace Wuzhong.Api.Security;

/// <summary>
/// Errors as clients see them: exception details only in Development; elsewhere an unexpected error carries a
/// correlation id that the server log names too and the code INTERNAL_SERVER_ERROR (never an exception's class name), and validation messages lose their field-name suggestions
/// (they would reveal the schema's names to someone probing it).
/// </summary>
public sealed partial class WuzhongErrorInfoProvider(IHttpContextAccessor http, IHostEnvironment environment)
    : ErrorInfoProvider(options => options.ExposeExceptionDetails = environment.IsDevelopment())
{
    public const string CorrelationIdKey = "correlationId";

    public override ErrorInfo GetInfo(ExecutionError error)
    {
        var info = base.GetInfo(error);
        if (!environment.IsDevelopment())
        {
            info.Message = Suggestions().Replace(info.Message, "");
        }
        if (error is UnhandledError)
        {
            // GraphQL.NET names the code after the exception's class (NPGSQL, IO, INVALID_OPERATION): nothing a client
            // can act on, and a glimpse of the internals. Errors the endpoint recognised carry their own code already.
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["code"] = ApiErrorCodes.InternalServerError;
            info.Extensions["codes"] = new[] { ApiErrorCodes.InternalServerError };
            if (http.HttpContext is { } context)
            {
                info.Extensions[CorrelationIdKey] = context.TraceIdentifier;
            }
        }
        return info;
    }

    [GeneratedRegex(@"\s*Did you mean [^?]*\?")]
    private static partial Regex Suggestions();
}
