using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;

namespace Wuzhong.Api.Security;

/// <summary>
/// Errors as clients see them: exception details only in Development; elsewhere an unexpected error carries a
/// correlation id that the server log names too, and validation messages lose their field-name suggestions
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
        if (error is UnhandledError && http.HttpContext is { } context)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions[CorrelationIdKey] = context.TraceIdentifier;
        }
        return info;
    }

    [GeneratedRegex(@"\s*Did you mean [^?]*\?")]
    private static partial Regex Suggestions();
}
