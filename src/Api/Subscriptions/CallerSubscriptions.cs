using System.Collections.Concurrent;

namespace Wuzhong.Api.Subscriptions;

/// <summary>How many subscriptions each caller holds on this process (<see cref="SubscriptionOptions.MaxPerCaller"/>).</summary>
public sealed class CallerSubscriptions
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Takes one of the caller's places; false when all are taken.</summary>
    public bool TryTake(string caller, int limit)
    {
        while (true)
        {
            var count = _counts.GetOrAdd(caller, 0);
            if (count >= limit)
            {
                return false;
            }
            if (_counts.TryUpdate(caller, count + 1, count))
            {
                return true;
            }
        }
    }

    public void Release(string caller)
    {
        while (_counts.TryGetValue(caller, out var count))
        {
            if (count <= 1 ? _counts.TryRemove(new KeyValuePair<string, int>(caller, count)) : _counts.TryUpdate(caller, count - 1, count))
            {
                return;
            }
        }
    }
}
