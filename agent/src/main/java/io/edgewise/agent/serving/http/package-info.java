/**
 * The agent's serving HTTP API on Vert.x: {@code POST /v1/infer/{deployment}[/from/{cut}]} and
 * {@code GET /v1/models}.
 */
package io.edgewise.agent.serving.http;
