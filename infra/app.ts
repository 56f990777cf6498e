// The CDK entry: one stack per district; `-c district=<id>` picks one, `-c nag=true` runs cdk-nag.
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { addDistrictStacks } from './district-stacks.js';
import { loadDistricts } from './districts.js';

const app = new App();
addDistrictStacks(app, loadDistricts(), app.node.tryGetContext('district'));
if (app.node.tryGetContext('nag') === 'true') Aspects.of(app).add(new AwsSolutionsChecks());
