/**
 * The five seed projects as data and their deterministic synthetic cohorts: {@link
 * org.esfkit.examples.Seed} names them, {@link org.esfkit.examples.SeedProjects} reads their project
 * files, {@link org.esfkit.examples.SyntheticCohorts} generates registers, placements, tasks and
 * employers for them, and {@link org.esfkit.examples.SeedFiles} writes those as files.
 */
@NullMarked
package org.esfkit.examples;

import org.jspecify.annotations.NullMarked;
