using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wuzhong.Api.Tests.Support;

/// <summary>
/// Counts the SQL commands EF sends on behalf of HTTP requests, to prove a request costs a bounded number of
/// statements. The server's background work (rate counters shared between processes, the audit of refusals, the
/// change feed's version reads, one of which serves every cached request waiting on it) runs outside any request and
/// is not counted.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get { lock (_commands) { return _commands.ToList(); } }
    }

    public void Reset()
    {
        lock (_commands) { _commands.Clear(); }
    }

    private static readonly Microsoft.AspNetCore.Http.HttpContextAccessor Requests = new();

    private void Record(DbCommand command)
    {
        if (Requests.HttpContext is null)
        {
            return;
        }
        lock (_commands) { _commands.Add(command.CommandText); }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
