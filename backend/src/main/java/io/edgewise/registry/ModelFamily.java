package io.edgewise.registry;

/** The deep-learning family a model belongs to (survey, section IV). */
public enum ModelFamily {
  /** Convolutional neural network. */
  CNN,
  /** Recurrent neural network. */
  RNN,
  /** Long short-term memory network. */
  LSTM,
  /** Autoencoder. */
  AE,
  /** Fully connected deep neural network. */
  DNN,
  /** Restricted Boltzmann machine. */
  RBM,
  /** Deep belief network. */
  DBN,
  /** Deep reinforcement learning policy. */
  DRL,
  /** Anything else. */
  OTHER
}
