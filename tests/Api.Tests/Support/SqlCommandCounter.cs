using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wuzhong.Api.Tests.Support;

/// <summary>Counts the SQL commands EF sends, to prove a request costs a bounded number of statements.</summary>
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

    private void Record(DbCommand command)
    {
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
