/** REST endpoints for models, model versions and artifact upload and download. */
package io.edgewise.registry.api;
