// The CDK entry: one stack per district; `-c district=<id>` picks one, `-c partition=<aws|aws-cn>` one
// partition's districts, `-c nag=true` runs cdk-nag, `-c restoreStep=import` adopts a restored table.
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addDistrictStacks } from './district-stacks.js';
import { loadDistricts } from './districts.js';

const app = new App();
addDistrictStacks(app, loadDistricts(), app.node.tryGetContext('district'), undefined, {
  partition: app.node.tryGetContext('partition'),
  importRestoredTable: app.node.tryGetContext('restoreStep') === 'import',
});
if (app.node.tryGetContext('nag') === 'true') Aspects.of(app).add(new AwsSolutionsChecks());
