/**
 * Registers the finding families' checks (findings/index.ts) with Langium's validation
 * registry: one check on the document root, which runs each family's check with the
 * workspace model. The document validator does not walk below the root
 * (document-validator.ts), so no check is registered on any other type (a test asserts it).
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { KinerjaAstType, Model } from '../language/generated/ast.js';
import { FAMILIES } from './findings/index.js';
import type { KinerjaCoreServices } from './kinerja-core-module.js';
import { FindingReporter } from './reporter.js';

export function registerValidationChecks(services: KinerjaCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const settings = services.kinerja.Settings;
    const models = services.kinerja.WorkspaceModel;
    const checks: ValidationChecks<KinerjaAstType> = {
        Model: (root: Model, accept: ValidationAcceptor) => {
            const reporter = FindingReporter.for(root, accept, settings);
            const model = models.get();
            for (const family of FAMILIES) family.check?.(root, model, reporter);
        }
    };
    registry.register(checks, undefined, 'fast');
}
