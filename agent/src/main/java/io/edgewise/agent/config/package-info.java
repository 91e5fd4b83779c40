/** The agent's settings, read and validated from the environment. */
package io.edgewise.agent.config;
