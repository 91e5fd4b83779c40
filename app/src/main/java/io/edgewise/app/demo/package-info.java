/** The demo tenant seeded on first start with the embedded database. */
package io.edgewise.app.demo;
