/**
 * Registers the finding families with Langium's validation registry. Each family is a
 * module of its own; every check runs once per document on its root (the document
 * validator does not walk below the root: register new checks on `Model` too).
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { KinerjaAstType, Model } from '../language/generated/ast.js';
import type { KinerjaCoreServices } from './kinerja-core-module.js';
import { checkNames } from './findings/names.js';
import { checkNumbers } from './findings/numbers.js';
import { FindingReporter } from './reporter.js';
import { checkTargets } from './findings/targets.js';
import { checkAchievement } from './findings/achievement.js';
import { checkAgreements } from './findings/agreements.js';
import { checkBudget } from './findings/budget.js';
import { checkCascade } from './findings/cascade.js';
import { checkOrganisation } from './findings/organisation.js';

export function registerValidationChecks(services: KinerjaCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const settings = services.kinerja.Settings;
    const models = services.kinerja.WorkspaceModel;
    const checks: ValidationChecks<KinerjaAstType> = {
        Model: (root: Model, accept: ValidationAcceptor) => {
            const reporter = FindingReporter.for(root, accept, settings);
            const model = models.get();
            checkNumbers(root, reporter);
            checkNames(root, model, reporter);
            checkTargets(root, model, reporter);
            checkAchievement(root, model, reporter);
            checkOrganisation(root, model, reporter);
            checkCascade(root, model, reporter);
            checkBudget(root, model, reporter);
            checkAgreements(root, model, reporter);
        }
    };
    registry.register(checks, undefined, 'fast');
}
