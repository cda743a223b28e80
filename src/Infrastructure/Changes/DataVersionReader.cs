using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// Reads the committed version on a connection of its own, held open, with one prepared command: the response cache
/// reads the version before every burst of cached answers (thousands a second under load), and a pooled context, a
/// LINQ query and a connection taken from and returned to the pool for one number cost several times the round trip.
/// Being plain ADO.NET, it is not seen by EF's command interceptors. Reads take turns (the <see cref="ChangeFeed"/>
/// makes one at a time); after a failure the connection is opened anew on the next read.
/// </summary>
public sealed class DataVersionReader(IServiceScopeFactory scopes) : IAsyncDisposable
{
    private static readonly string Sql = $"SELECT \"Value\" FROM \"DataVersions\" WHERE \"Id\" = {DataVersion.SingletonId}";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private DbConnection? _connection;
    private DbCommand? _command;

    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            if (_command is null)
            {
                await OpenAsync(cancellationToken);
            }
            return Convert.ToInt64(await _command!.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch
        {
            await CloseAsync();
            throw;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<WuzhongDbContext>().Database;
        // A connection of the provider's own type with the context's connection string (PostgreSQL's defaults included).
        _connection = (DbConnection)Activator.CreateInstance(database.GetDbConnection().GetType())!;
        _connection.ConnectionString = database.GetConnectionString();
        await _connection.OpenAsync(cancellationToken);
        _command = _connection.CreateCommand();
        _command.CommandText = Sql;
        await _command.PrepareAsync(cancellationToken);
    }

    private async Task CloseAsync()
    {
        if (_command is not null)
        {
            await _command.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        (_command, _connection) = (null, null);
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
