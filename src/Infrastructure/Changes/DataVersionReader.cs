using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// Reads the committed version through a context of its own, kept between reads: the response cache reads the version
/// before every burst of cached answers, and renting a context from the pool for one number cost more than the round
/// trip. It is still EF's command (interceptors see it, as they see every other). Reads take turns (the
/// <see cref="ChangeFeed"/> makes one at a time); after a failure the context is replaced.
/// </summary>
public sealed class DataVersionReader(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private AsyncServiceScope? _scope;

    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            _scope ??= scopes.CreateAsyncScope();
            return await _scope.Value.ServiceProvider.GetRequiredService<WuzhongDbContext>().DataVersions
                .Where(v => v.Id == DataVersion.SingletonId).Select(v => v.Value).SingleAsync(cancellationToken);
        }
        catch
        {
            await ReleaseAsync();
            throw;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task ReleaseAsync()
    {
        if (_scope is { } scope)
        {
            _scope = null;
            await scope.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(ReleaseAsync());
}
