using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wuzhong.Api.Tests.Support;

/// <summary>
/// Makes the server's database misbehave on demand, after start-up: every command fails with a driver's error (the
/// database refuses connections, is busy, drops them), hangs without heeding cancellation (a frozen server), or is
/// slow but cancels its commands when asked (a heavy query on a sound server).
/// </summary>
public sealed class DatabaseFaultInjector : DbCommandInterceptor, IDisposable
{
    private volatile Func<Exception>? _failure;
    private volatile TaskCompletionSource? _hang;
    private TimeSpan _slowness;

    /// <summary>Every command from now on throws what <paramref name="failure"/> makes.</summary>
    public void Fail(Func<Exception> failure) => _failure = failure;

    /// <summary>Every command from now on waits, cancelled or not, until <see cref="Heal"/>.</summary>
    public void Hang() => _hang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every command from now on takes <paramref name="slowness"/>, unless it is cancelled first.</summary>
    public void Slow(TimeSpan slowness) => _slowness = slowness;

    /// <summary>The database answers again; hung commands go on.</summary>
    public void Heal()
    {
        _failure = null;
        _slowness = TimeSpan.Zero;
        Interlocked.Exchange(ref _hang, null)?.TrySetResult();
    }

    public void Dispose() => Heal();

    private async ValueTask Misbehave(CancellationToken cancellationToken)
    {
        if (_slowness > TimeSpan.Zero)
        {
            await Task.Delay(_slowness, cancellationToken);
        }
        if (_failure is { } failure)
        {
            throw failure();
        }
        if (_hang is { } hang)
        {
            await hang.Task;
        }
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await Misbehave(cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await Misbehave(cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await Misbehave(cancellationToken);
        return result;
    }
}
