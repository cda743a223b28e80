using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wuzhong.Infrastructure.Changes;

/// <summary>
/// Tells this process's <see cref="ChangeFeed"/> the moment a transaction that recorded a change commits, so that
/// subscribers here need not wait for a poll. Other processes learn of it by NOTIFY or by polling.
/// </summary>
public sealed class CommittedChangeSignal : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _expecting = [];

    /// <summary>Raised after the commit of a transaction that recorded a change.</summary>
    public event Action? Committed;

    public void Expect(DbContext context) => _expecting.AddOrUpdate(context, this);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OnCommitted(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void OnCommitted(DbContext? context)
    {
        if (context is not null && _expecting.Remove(context))
        {
            Committed?.Invoke();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _expecting.Remove(context);
        }
    }
}
