using System.Threading.Channels;

namespace Wuzhong.Infrastructure.Changes;

/// <summary>The changes one listener has yet to read; disposing it stops the listening.</summary>
public sealed class ChangeSubscription(ChannelReader<DataChange> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<DataChange> Reader { get; } = reader;

    public void Dispose() => unsubscribe();
}
