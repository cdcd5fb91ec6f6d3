namespace SaddleEscape.Torch.Models;

/// <summary>
/// How a network's dense and convolutional layers start. Farrell &amp; Quintero Peña 2019 train with Keras, whose
/// layers default to Glorot-uniform weights (Glorot &amp; Bengio 2010, eq. 16) and zero biases (<see cref="Keras"/>);
/// libtorch's layers default to Kaiming-uniform weights with a = √5 and biases uniform on ±1/√fan_in (<see cref="Torch"/>).
/// </summary>
public enum WeightInitialization
{
    /// <summary>W ~ U(−√(6/(fan_in + fan_out)), +√(6/(fan_in + fan_out))), b = 0 (Keras' default for Dense and Conv2D).</summary>
    Keras,

    /// <summary>libtorch's default for Linear and Conv2d, left as constructed.</summary>
    Torch,
}
