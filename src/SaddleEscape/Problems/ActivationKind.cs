namespace SaddleEscape.Problems;

/// <summary>A network activation by name (<see cref="Networks.Activation.Named"/>).</summary>
public enum ActivationKind
{
    /// <summary>max(0, z).</summary>
    Relu,

    /// <summary>1/(1 + e^−z).</summary>
    Sigmoid,

    /// <summary>tanh z.</summary>
    Tanh,
}
